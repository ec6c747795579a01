/**
 * Idioms that hold a person's or an animal's name as a figure of speech (نصيب الأسد، ابن آدم، شعرة
 * معاوية، العم سام، ما لقيصر لقيصر): the name word in them names no one in the article, though the
 * tagger reads it as a name (أخذ الخبر نصيب [الأسد]، كل ابن [آدم] خطاء).
 */
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';

/** The idioms, folded, each two words; the first may carry a clitic (بنصيب، وابن). */
const IDIOMS = [
  'نصيب الاسد', 'ابن ادم', 'بني ادم', 'شعرة معاوية', 'شعره معاوية', 'العم سام', 'لقيصر لقيصر',
].map((p) => p.split(' ') as [string, string]);
/** Clitics the first word of an idiom may carry. */
const CLITIC = /^[وفبل]/;

/** Whether the folded word `f` is `w`, bare or behind one clitic. */
const isWord = (f: string, w: string) => f === w || (f.length === w.length + 1 && CLITIC.test(f) && f.endsWith(w));

/** Whether tokens i and i + 1 are one of the idioms. */
function idiomAt(ctx: BoundsContext, i: number): boolean {
  const a = ctx.tokens[i], b = ctx.tokens[i + 1];
  if (a?.kind !== 'word' || b?.kind !== 'word') return false;
  const fa = foldArabic(a.text), fb = foldArabic(b.text);
  return IDIOMS.some(([x, y]) => isWord(fa, x) && fb === y);
}

/**
 * Drops, in place, each one-word draft that stands in an idiom.
 * @example dropIdiomNames(ctx of 'أخذ الخبر نصيب الأسد من الاهتمام', drafts 'الأسد') → none left
 */
export function dropIdiomNames(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d) => d.tokenEnd === d.tokenStart + 1 && (idiomAt(ctx, d.tokenStart - 1) || idiomAt(ctx, d.tokenStart)));
}
