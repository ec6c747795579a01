/**
 * A quotation chained to the one before it: an item of the same list («…»، «…» أو «…»), or a
 * paragraph of its own right after a paragraph that ends with a quotation, which goes on with it
 * (the quotation gold's rule 6: attributed by context):
 *   وقال المبعوث برناردينو ليون: إن "هذا الاتفاق سيحقّق خطوة مهمة".
 *   "دعوني أؤكّد رسالةً واحدةً …".
 */
import type { QuoteContext } from './quotes-context';
import type { Token } from './tokenize';

/** Punctuation that may close a paragraph after its quotation (…». …»، …»:). */
const TRAILING = new Set(['.', '،', ',', ':', '!', '؟', '?', '…', '...']);

/** A paragraph break: a line break, or the run of spaces some pages and feeds leave in its place. */
const PARAGRAPH_BREAK = /[\n\r\u2029]|[ \t\u00a0]{3,}/;

/** Whether a paragraph break lies between offsets a and b of the text. */
function hasLineBreak(text: string, a: number, b: number): boolean {
  return PARAGRAPH_BREAK.test(text.slice(a, b));
}

/**
 * The closing token of the quotation that ends the paragraph before the pair [open, close], when
 * the pair is its own paragraph (nothing but punctuation before its paragraph's end); -1 otherwise.
 * @example paragraphChain(ctx, open, close) for 'قال ليون: "الاتفاق خطوة مهمة".\n"دعوني أؤكد رسالة واحدة".' (the second pair) → the token of the first pair's closing mark
 */
export function paragraphChain(ctx: QuoteContext, open: number, close: number): number {
  const { tokens, text } = ctx;
  const first = tokens[open] as Token;
  const before = tokens[open - 1];
  if (!before || !hasLineBreak(text, before.end, first.start)) return -1;
  let k = close + 1;
  while (k < tokens.length && TRAILING.has(ctx.f(k)) && !hasLineBreak(text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start)) k++;
  // (a paragraph break next, or the end of the text: the words after a closing mark are tokenised)
  const next = tokens[k];
  if (next && !hasLineBreak(text, (tokens[k - 1] as Token).end, next.start)) return -1;
  let j = open - 1;
  while (j > 0 && TRAILING.has(ctx.f(j)) && !ctx.pairStart.has(j)) j--;
  return ctx.pairStart.has(j) && !hasLineBreak(text, (tokens[j] as Token).end, before.end) ? j : -1;
}

/** What may stand between two quotations of one list: «…»، «…» أو «…». */
const CONNECTORS = new Set(['،', ',', 'او', 'و', 'ثم', '..', '...', '-', '؛', 'بل']);

/**
 * The closing token of the pair one up to three connectors back in the same paragraph, of which
 * the pair whose opening mark follows token `prev` is the next item («أ» أو «ب»); -1 for none.
 * @example listChain(ctx, open - 1, true) for '«أ» أو «ب»' (the second pair) → the first pair's closing mark
 */
export function listChain(ctx: QuoteContext, prev: number, inParagraph: boolean): number {
  for (let j = prev, n = 0; j >= 0 && n < 3 && inParagraph && !ctx.breakBefore[j + 1]; j--, n++) {
    if (ctx.pairStart.has(j)) return j;
    if (!CONNECTORS.has(ctx.f(j))) break;
  }
  return -1;
}

/**
 * The closing token of the pair that the pair [open, close] is chained to: the item before it in the
 * same list (`listed`, listChain's), or, for a closed pair, the paragraph chain (paragraphChain); -1 for none.
 * @example chainedPair(ctx, open, close, -1, true) for 'قال: "أ".\n"ب".' (the second pair) → the first pair's closing mark
 */
export function chainedPair(ctx: QuoteContext, open: number, close: number, listed: number, closed: boolean): number {
  return listed >= 0 || !closed ? listed : paragraphChain(ctx, open, close);
}
