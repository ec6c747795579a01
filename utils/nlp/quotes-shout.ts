/**
 * Words of shouting and chanting (هتف، صاح، صرخ، ردّد، هتافات): what stands in marks right after
 * them is what was shouted, however short (وهتف «الله أكبر»، يصيح «أنيسة.. أنيسة»، هتافات
 * المصلين «الموت لأمريكا»), not the verb's subject nor a term the writer sets off, which a short
 * pair right after a speech verb usually is (وقال «كيري» إنه …).
 */
import type { QuoteContext } from './quotes-context';
import { hasWordBefore } from './quotes-word-before';

/** Folded forms, without و/ف: past, present, participle and the plural nouns of a chant. */
const SHOUT = new Set([
  'هتف', 'هتفت', 'هتفوا', 'يهتف', 'تهتف', 'يهتفون', 'هاتفين', 'هتاف', 'هتافات',
  'صاح', 'صاحت', 'صاحوا', 'يصيح', 'تصيح', 'يصيحون', 'صائحا', 'صائحين', 'صيحات',
  'صرخ', 'صرخت', 'صرخوا', 'يصرخ', 'تصرخ', 'يصرخون', 'صارخا', 'صارخين', 'صرخات',
  // (not تردد، يتردد "hesitated, frequented", nor هاتفا "a telephone")
  'ردد', 'رددت', 'رددوا', 'يردد', 'يرددون', 'مرددا', 'مرددين',
]);

/** How far back (in tokens) the shout word may stand: its subject or an أن may come between. */
const REACH = 3;

/**
 * True when a shout word stands just before the opening mark (token `open`), in its sentence,
 * and what follows the closing mark (token `close`) is not a بـ word with a pair of its own: the
 * shout is then in that pair, and this one is who shouted (هتف «أهل درعا» بعبارة «الشعب يريد …»).
 * @example isShouted(ctx, i, j) for 'وهتف الحاضرون «عاش الوطن»' → true
 * @example isShouted(ctx, i, j) for 'وقال «كيري» إنه …' → false
 */
export function isShouted(ctx: QuoteContext, open: number, close: number): boolean {
  if (!hasWordBefore(ctx, open, SHOUT, REACH)) return false;
  const after = close + 1;
  return !(after + 1 < ctx.tokens.length && !ctx.breakBefore[after] && !ctx.breakBefore[after + 1] && ctx.f(after).startsWith('ب') && ctx.pairEnd.has(after + 1));
}
