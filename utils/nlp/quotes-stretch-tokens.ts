/**
 * The tokens of a stretch of a page, read from the page's own tokens where the pipeline has them.
 * The quotation finder only reads stretches around the marks (quotes-context); tokenising each
 * again built every token, its string and its folded form a second time. Tokenisation is greedy
 * from left to right and each token ends where its own characters end, so a stretch's tokens are
 * the page's tokens that lie wholly inside it, plus the pieces of the one or two page tokens its
 * ends cut, which are tokenised again.
 */
import { partitionPoint } from '../sorted';
import { tokenize, type Token } from './tokenize';

/** The page's tokens (tokenize(text), whole) and their folded forms (foldArabic, by index). */
export interface PageTokens {
  tokens: readonly Token[];
  folded: readonly string[];
}

/**
 * The tokens of text[a, b) with offsets in `text` (the page's own token objects where they lie
 * wholly inside: the caller must not change them), and for each the page's folded form when it
 * is a page token, else undefined. Without `page`, the stretch is tokenised.
 * @example stretchTokens('قال الوزير إن', 2, 10, page).tokens.map(t => t.text) → ['ل', 'الوزير']
 */
export function stretchTokens(text: string, a: number, b: number, page?: PageTokens): { tokens: Token[]; folded: Array<string | undefined> } {
  const tokens: Token[] = [];
  const folded: Array<string | undefined> = [];
  if (!page) {
    retokenize(text, a, b, tokens, folded);
    return { tokens, folded };
  }
  const all = page.tokens;
  // The first page token that ends inside or after the stretch.
  let k = partitionPoint(all.length, (i) => all[i]!.end <= a);
  // Cut by the stretch's start: its piece inside the stretch, tokenised again.
  if (k < all.length && all[k]!.start < a) {
    retokenize(text, a, Math.min(b, all[k]!.end), tokens, folded);
    k++;
  }
  for (; k < all.length && all[k]!.end <= b; k++) {
    tokens.push(all[k]!);
    folded.push(page.folded[k]);
  }
  // Cut by the stretch's end.
  if (k < all.length && all[k]!.start < b) retokenize(text, Math.max(a, all[k]!.start), b, tokens, folded);
  return { tokens, folded };
}

/** Appends the tokens of text[a, b) (tokenised, with offsets in `text`) and no folded forms. */
function retokenize(text: string, a: number, b: number, tokens: Token[], folded: Array<string | undefined>): void {
  if (a >= b) return;
  for (const t of tokenize(text.slice(a, b))) {
    t.start += a;
    t.end += a;
    tokens.push(t);
    folded.push(undefined);
  }
}
