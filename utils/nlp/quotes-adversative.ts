/**
 * An أنّ that opens a main clause after غير، إلا or بيد ("however": غير أن الوزير قال، إلا أن
 * مسؤولًا أكد), not one that reports what a verb before it says (أكد أن الوزير قال): the subject
 * after it is the speaker of the verb that follows.
 */
import type { QuoteContext } from './quotes-context';

/** Words (folded) that make the أنّ after them a "however" (غير أن، إلا أن، بيد أن), with و/ف or without. */
const ADVERSATIVE = new Set(['غير', 'الا', 'بيد']);

/**
 * Whether the token at `k` is an أنّ that, after غير، إلا or بيد, opens a clause of its own.
 * @example isAdversativeThat(ctx, k) for 'غير أن الوزير قال' (k on أن) → true; for 'أكد أن الوزير قال' → false
 */
export function isAdversativeThat(ctx: QuoteContext, k: number): boolean {
  if (k < 1 || ctx.f(k) !== 'ان' || ctx.breakBefore[k] || ctx.tokens[k - 1]?.kind !== 'word') return false;
  return ADVERSATIVE.has(ctx.f(k - 1).replace(/^[وف](?=\S{3})/, ''));
}
