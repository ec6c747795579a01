/**
 * The one interviewed: a sentence that opens with the interview it reports (في مقابلة مع أحمد
 * الفقيه، رئيس النادي …، قال: «…»، وفي حوار مع مسؤول عسكري بشأن …، قال إن) gives the speech
 * verb that has no subject of its own its speaker, the one the interview was with. An interview
 * with an outlet (في مقابلة مع تلفزيون «إن بي سي») names who asked, not who answered.
 */
import type { QuoteContext } from './quotes-context';
import { isMediaNoun } from './quotes-addressee';
import { opensOwnClause } from './quotes-nearby';
import { subjectAfter } from './quotes-subject';
import { sentenceStart } from './quotes-subject-before';

/** Interview nouns (folded), alone or with في/خلال before them: مقابلة، حوار، لقاء، حديث. */
const INTERVIEWS = new Set(['مقابلة', 'مقابله', 'حوار', 'لقاء', 'حديث', 'دردشة']);
/** What may stand before the interview noun at the start of the sentence (folded). */
const OPENERS = new Set(['في', 'وفي', 'خلال', 'وخلال', 'فی']);
/** Adjectives between the interview noun and مع (folded): مقابلة صحفية، حوار خاص. */
const INTERVIEW_ADJECTIVES = /^(?:صحفية|صحافية|تلفزيونية|تلفزيونيه|اذاعية|خاصة|خاص|مطولة|هاتفية|هاتفي|سابقة|حصرية|اجريت|اجراها|اجرتها|اجراه|اجرته)$/;

/**
 * The token range of the one interviewed, when the sentence of the speech verb at `verb` opens
 * with في مقابلة مع X and X is followed by a comma before the verb, with no other speech verb or
 * أن between them; null otherwise.
 * @example interviewee(ctx, verb) for 'في مقابلة مع أحمد الفقيه، رئيس النادي، قال: «…»' (verb on قال) → the range of أحمد الفقيه
 */
export function interviewee(ctx: QuoteContext, verb: number): [number, number] | null {
  const start = sentenceStart(ctx, verb);
  if (start < 0) return null;
  let k = start;
  if (OPENERS.has(ctx.f(k))) k++;
  if (!INTERVIEWS.has(ctx.f(k))) return null;
  k++;
  while (k < verb && INTERVIEW_ADJECTIVES.test(ctx.f(k))) k++;
  if (ctx.f(k) !== 'مع' || isMediaNoun(ctx.f(k + 1)) || ctx.tokens[k + 1]?.kind !== 'word') return null;
  const range = subjectAfter(ctx, k + 1, verb);
  if (!range) return null;
  let comma = range[1];
  while (comma < verb && ctx.f(comma) !== '،') comma++;
  if (comma >= verb) return null;
  // (…، أكد الوزير أن …، وقال: the verb between has a subject of its own, which the later one goes on with)
  return opensOwnClause(ctx, range[1], verb) ? null : range;
}
