/**
 * رأى and يعتبر are weak speech verbs on their own (يرى "sees"), but followed at once by their
 * that-clause they state a view: ويرى أن قدرة التنظيم «وهم كبير»، ترى الشركة أن الأسعار «تنهار
 * بسرعة». That clause is reported speech like قال's, so the words set off in it are the holder's.
 * Other weak verbs are left out: زاد أن … is "after", قلت إن … is the writer's own voice.
 */
import { isThat } from './quotes-speech';
import type { QuoteContext } from './quotes-context';

/** يرى، ترى، يرون، رأى، رأت، رأوا، يعتبر، تعتبر، يعتبرون (folded, with و/ف). */
const VIEW_VERB = /^[وف]?(?:[يتن]ر(?:ي|ون|يان)|را(?:ي|ت|وا)|[يتن]عتبر(?:ون|ان)?)$/;

/** Tokens a subject may take between the verb and its أن (ترى شركة بلاك روك أن). */
const SUBJECT_REACH = 4;

/**
 * True when the view verb at token `verb` has its أن/إن within a short subject after it, before `open`.
 * @example isVerbWithThat(ctx, 0, 6) for 'ويرى أن الأمر «وهم كبير»' → true
 * @example isVerbWithThat(ctx, 0, 5) for 'ويرى الناس في «الحديقة»' → false
 */
export function isVerbWithThat(ctx: QuoteContext, verb: number, open: number): boolean {
  if (!VIEW_VERB.test(ctx.f(verb))) return false;
  for (let j = verb + 1; j < open && j - verb <= SUBJECT_REACH; j++) {
    if (ctx.tokens[j]?.kind !== 'word' || ctx.breakBefore[j]) return false;
    if (isThat(ctx.f(j))) return j < open - 1;
  }
  return false;
}
