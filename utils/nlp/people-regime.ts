/**
 * A ruler named by the regime, the forces or the government that are his (نظام الأسد، قوات الأسد،
 * لنظام الأسد، حكومة الأسد): the family name of a notable the lists know, with the article, right
 * after such a head noun is the person, whether or not the page gives his full name. The head is
 * no part of the name (نظام الأسد → الأسد), and the lion of set phrases (نصيب الأسد، صولة الأسد)
 * follows no such noun.
 */
import { LEX } from './ner/lexicon';
import { isNotableSurnameOnly, words, type BoundsContext } from './people-context';
import { classAt, foldedAt } from './people-word-table';
import { procliticSplits } from './tokenize';

/** Nouns of a ruler's rule and armed forces, in construct with his name (folded). */
const REGIME_HEADS = words('نظام قوات حكومة جيش ميليشيات ميليشيا شبيحة');

/** The ends of the folded words a regime head may be, clitics before it or not. */
const ENDS_AS_HEAD = new RegExp(`(?:${[...REGIME_HEADS].join('|')})$`);

/** Whether token k is a regime head in construct, clitics allowed but no article (لنظام، ولقوات; النظام العربي is a noun and its adjective). */
export function isRegimeHead(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === 'word' && procliticSplits(t.text).some((r) => !r.article && REGIME_HEADS.has(r.stem));
}

/**
 * Whether token k is a notable's family name with the article that the lists know as nothing else
 * and the corpora show as a person's (الأسد، القذافي; not الإسلام of جيش الإسلام).
 */
export function isNotableSurnameWithArticle(ctx: BoundsContext, k: number): boolean {
  if (ctx.tokens[k]?.kind !== 'word') return false;
  const f = foldedAt(ctx, k), bits = classAt(ctx, k);
  return f.startsWith('ال') && f.length >= 5 && isNotableSurnameOnly(bits) && (bits & LEX.PERSON) !== 0 && (bits & LEX.CORPUS_PERS) !== 0;
}

/**
 * The token range [i, i + 1) of a ruler's family name right after a regime head, or null.
 * @example nameAfterRegime(ctx of 'معارك مع قوات الأسد وميليشيا', 3, covered) → [3, 4]
 */
export function nameAfterRegime(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  // (a cheap look first: every token comes here, and few follow a word ending as a regime head does)
  if (covered[i] || i < 1 || ctx.tokens[i - 1]?.kind !== 'word' || !ENDS_AS_HEAD.test(foldedAt(ctx, i - 1))) return null;
  return isNotableSurnameWithArticle(ctx, i) && isRegimeHead(ctx, i - 1) ? [i, i + 1] : null;
}
