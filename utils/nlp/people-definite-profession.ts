/**
 * Foreign names the tagger leaves untagged right after a profession noun with the article that
 * stands for one person (تعاقد النادي مع المدرب كانيدا، زار الطبيب لافال): the name is announced as
 * after a profession and its team (people-role-name.ts). After a profession alone a time word or a
 * phrase may follow as well (وصول المدرب صباح الأربعاء), so the word must be one the lists do not
 * know, not even as a name, and the corpora too rarely hold (foreignNameAt), and the page must
 * name it again: a person the article is about recurs, a stray rare word rarely does.
 */
import { foreignNameAt } from './people-demonym';
import type { BoundsContext } from './people-context';
import { classAt, foldedAt } from './people-word-table';

/** Profession nouns (folded) that announce one person by name when they carry the article. */
const DEFINITE = /^[وف]?(?:ال|لل)(?:مدرب|مهاجم|مدافع|حارس|لاعب|محترف|مخرج|ممثل|مطرب|مغني|طبيب|جراح)$/;

/**
 * The token range [i, i + 1) of a one-word foreign name right after a profession with the
 * article, when the page names the word again, or null.
 * @example nameAfterDefiniteProfession(ctx of 'مع المدرب كاريلوتو، ورحل كاريلوتو', 2) → [2, 3]
 */
export function nameAfterDefiniteProfession(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const prev = ctx.tokens[i - 1];
  if (i < 1 || covered[i] || prev?.kind !== 'word' || !DEFINITE.test(foldedAt(ctx, i - 1))) return null;
  // المدرب صباح يوم الأربعاء: a word the lists know as a name may be a common word there too.
  const f = foldedAt(ctx, i);
  if (classAt(ctx, i) !== 0) return null;
  const range = foreignNameAt(ctx, i, covered);
  // A name of two words is left to the page-level pass: its surname alone would spread to
  // repeats of the full name, cutting them short.
  return range && range[1] === i + 1 && isNamedAgain(ctx, f, i) ? range : null;
}

/** Whether token k writes the folded word `f` again, up to two clitic letters before it (كانيدا، بكانيدا). */
export function writesAgain(ctx: BoundsContext, k: number, f: string): boolean {
  if (ctx.tokens[k]!.kind !== 'word') return false;
  const w = foldedAt(ctx, k);
  return w.endsWith(f) && w.length <= f.length + 2;
}

/** Whether a word of the page other than token i writes the folded word `f` again. */
function isNamedAgain(ctx: BoundsContext, f: string, i: number): boolean {
  for (let k = 0; k < ctx.tokens.length; k++) if (k !== i && writesAgain(ctx, k, f)) return true;
  return false;
}
