/**
 * Verbs of rising, standing and turning (قام، نهض، وقف، التفت، تقدم) take no object: the noun
 * after one that opens a sentence is its subject, person or not, and a speech verb joined to it
 * speaks for that subject (فقام أكبر المساجين، وعمره في حدود 80 عاما، وقال: «…»).
 */
import type { QuoteContext } from './quotes-context';
import { skipFillers } from './quotes-subject';
import { sentenceStart } from './quotes-subject-before';

/** Such verbs, folded, in the past (masculine and feminine) with و/ف allowed. */
const INTRANSITIVE = /^[وف]?(?:قام|نهض|وقف|التفت|تقدم|انبري|نهضت|قامت|وقفت|التفتت|تقدمت|انبرت)$/;

/**
 * Whether the sentence of token `at` opens (past fillers) with such a verb.
 * @example opensWithIntransitive(ctx, at) for 'فقام أكبر المساجين وقال' (at on وقال) → true
 */
export function opensWithIntransitive(ctx: QuoteContext, at: number): boolean {
  const start = sentenceStart(ctx, at);
  if (start < 0) return false;
  const verb = skipFillers(ctx, start, at);
  return verb < at && INTRANSITIVE.test(ctx.f(verb));
}
