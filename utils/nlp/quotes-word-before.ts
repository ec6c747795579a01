/**
 * The look-back that the lead words of a quotation share (quotes-stance-verb, quotes-lead-in,
 * quotes-shout): a word of a set a few tokens before the opening mark, in its sentence and
 * paragraph, with the marked pairs in between stepped over (يعتقد الخبير أن الذين يهيمنون على «جيش الفتح»، «…»).
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';

/**
 * True when a word of `words` (folded, without و/ف) stands at most `reach` tokens before token
 * `open`, in the same sentence and paragraph.
 * @example hasWordBefore(ctx, i, new Set(['اشاد']), 25) for 'وأشاد الوزير بالخطوة «…»' → true
 */
export function hasWordBefore(ctx: QuoteContext, open: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let k = open - 1; k >= 0 && open - k <= reach; k--) {
    const start = ctx.pairStart.get(k);
    if (start !== undefined && start < k) { k = start; continue; }
    if (isSentenceEnd(ctx, k)) return false;
    const f = ctx.f(k);
    if (words.has(f) || (/^[وف]/.test(f) && words.has(f.slice(1)))) return true;
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
