/**
 * The ".." some papers put between a long reported sentence and the speaker's own words, with no
 * verb of their own: ويقول المستشار عن سير العمليات إن الجهة التي قامت بتنفيذ هذه المذبحة … منذ
 * نحو سنتين.. «هذه واحدة من نكبات الإخوان». The sentence goes on through the "..", so the speech
 * verb that opened it introduces the words, however long the reported part ran (quotation gold,
 * hard case 6: a quotation that follows a speaker's reported words).
 */
import type { QuoteContext } from './quotes-context';

/** How far (in tokens) the speech verb may stand before a pair that ".." leads into: twice the usual reach (LEFT_REACH in quotes-speech-before). */
export const ELLIPSIS_REACH = 80;

/**
 * True when token `prev`, right before an opening mark, is the two-dot ellipsis.
 * @example isEllipsisLead(ctx, i) for 'ويقول إن الوضع صعب.. «نحن …»' (i on ..) → true
 */
export function isEllipsisLead(ctx: QuoteContext, prev: number): boolean {
  return prev >= 0 && ctx.f(prev) === '..';
}
