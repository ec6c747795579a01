/**
 * Idioms that hold a person's or an animal's name as a figure of speech (نصيب الأسد، ابن آدم، شعرة
 * معاوية، العم سام، ما لقيصر لقيصر): the name word in them names no one in the article, though the
 * tagger reads it as a name (أخذ الخبر نصيب [الأسد]، كل ابن [آدم] خطاء). So the pair of given
 * names حسيب and رقيب in «بلا حسيب ولا رقيب»، «دون رقيب أو حسيب»: "unchecked", no one named.
 */
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { procliticSplits } from './tokenize';

/** The idioms, folded, each two words; the first may carry a clitic (بنصيب، وابن). */
const IDIOMS = [
  'نصيب الاسد', 'ابن ادم', 'بني ادم', 'شعرة معاوية', 'شعره معاوية', 'العم سام', 'لقيصر لقيصر',
].map((p) => p.split(' ') as [string, string]);
/** Clitics the first word of an idiom may carry. */
const CLITIC = /^[وفبل]/;

/** Whether the folded word `f` is `w`, bare or behind one clitic. */
const isWord = (f: string, w: string) => f === w || (f.length === w.length + 1 && CLITIC.test(f) && f.endsWith(w));

/** Words that, with their partner a few words off, make a figure of speech (بلا حسيب ولا رقيب). */
const PAIRED = new Map([['حسيب', 'رقيب'], ['رقيب', 'حسيب']]);
/** How far off, in tokens, the partner of a paired word may stand (حسيب ولا رقيب: two). */
const PAIR_REACH = 3;

/** Whether token i is a word of PAIRED (و allowed before it) with its partner within PAIR_REACH tokens. */
function pairedAt(ctx: BoundsContext, i: number): boolean {
  // The word's reading bare or behind و alone (ولا رقيب، وحسيب), from the shared clitic readings.
  const bare = (k: number) => {
    const t = ctx.tokens[k];
    if (t?.kind !== 'word') return '';
    for (const r of procliticSplits(t.text)) if ((r.prefix === '' || r.prefix === 'و') && PAIRED.has(r.stem)) return r.stem;
    return '';
  };
  const partner = PAIRED.get(bare(i));
  if (!partner) return false;
  for (let k = Math.max(0, i - PAIR_REACH); k <= i + PAIR_REACH; k++) if (k !== i && bare(k) === partner) return true;
  return false;
}

/** Whether tokens i and i + 1 are one of the idioms. */
function idiomAt(ctx: BoundsContext, i: number): boolean {
  const a = ctx.tokens[i], b = ctx.tokens[i + 1];
  if (a?.kind !== 'word' || b?.kind !== 'word') return false;
  const fa = foldArabic(a.text), fb = foldArabic(b.text);
  return IDIOMS.some(([x, y]) => isWord(fa, x) && fb === y);
}

/**
 * Drops, in place, each one-word draft that stands in an idiom, or is a paired word beside its partner.
 * @example dropIdiomNames(ctx of 'أخذ الخبر نصيب الأسد من الاهتمام', drafts 'الأسد') → none left
 */
export function dropIdiomNames(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d) => d.tokenEnd === d.tokenStart + 1 && (idiomAt(ctx, d.tokenStart - 1) || idiomAt(ctx, d.tokenStart) || pairedAt(ctx, d.tokenStart)));
}
