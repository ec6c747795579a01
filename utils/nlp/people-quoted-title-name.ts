/**
 * A name in quotation marks right after a definite title, its nationality or a modifier allowed
 * between (الممثلة «ديمي مور»، الوزير النمساوي «سباستيان»، الجراح الإنجليزي الشهير "لافال"): the
 * title announces one person, and the marks only set the name off. The words inside are one to
 * three, each a name the lists know and no common word, or a word no list knows and too rare for
 * a cluster; the last may be a family name with the article. A work's noun before the title
 * (مسلسل الطبيب «…») is not asked about here: the title itself must stand right before the marks.
 */
import { LEX } from './ner/lexicon';
import { ARABIC_WORD, CURATED_NAME, type BoundsContext } from './people-context';
import { isRareOrNameOnly } from './people-demonym';
import { OPENING_MARKS } from './people-quoted-title';
import { cueBefore, isFamilyName } from './people-title-name';
import { classAt, foldedAt } from './people-word-table';

/** Marks that close a quoted name. */
export const QUOTE_CLOSERS = new Set(['"', '»', '”', '“', "'", '’']);
/** The most words taken inside the marks. */
const MAX_WORDS = 3;
/** Classes no word of the quoted name may have. */
const NOT_NAME = LEX.COMMON | LEX.PLACE | LEX.COUNTRY | LEX.DEMONYM | LEX.TITLE | LEX.SPEECH | LEX.MODIFIER | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.CORPUS_MISC;

/**
 * Whether token k may be a word of a name a cue announces: a listed name and nothing else a list
 * knows, or a word no list knows and too rare for a cluster; no article, no conjunction.
 * @example isNameLikeWord(ctx of 'الوزير «سباستيان»', 2) → true; (ctx of 'الوزير «شكرا»', 2) → false
 */
export function isNameLikeWord(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word' || !ARABIC_WORD.test(t.text)) return false;
  const f = foldedAt(ctx, k), bits = classAt(ctx, k);
  if (f.length < 3 || f.startsWith('ال') || f.startsWith('و')) return false;
  return bits & CURATED_NAME ? !(bits & NOT_NAME) : isRareOrNameOnly(ctx, f);
}

/**
 * The token range [i, j) of a name in quotation marks that opens at token i, right after a
 * definite title (across a nationality or a modifier), or null.
 * @example quotedNameAfterTitle(ctx of 'وقالت الممثلة «ديمي مور» إن', 3) → [3, 5]
 */
export function quotedNameAfterTitle(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const mark = ctx.tokens[i - 1];
  if (mark?.kind === 'word' || !OPENING_MARKS.has(mark?.text ?? '') || !isNameLikeWord(ctx, i) || cueBefore(ctx, i - 1) < 0) return null;
  let j = i + 1;
  while (j < i + MAX_WORDS && !covered[j] && isNameLikeWord(ctx, j)) j++;
  // «معاذ الخلف»: a family name with the article may close it.
  if (j < i + MAX_WORDS && !covered[j] && isFamilyName(ctx, j) && !(classAt(ctx, j) & NOT_NAME)) j++;
  const close = ctx.tokens[j];
  return close && close.kind !== 'word' && QUOTE_CLOSERS.has(close.text) && !covered.subarray(i, j).some(Boolean) ? [i, j] : null;
}
