/**
 * A name noun that ends the speaker's phrase of a speech verb, just before the colon that opens
 * the words: ويكمل راغب علامة: «…» (علامة "brand" is here a surname), وقال رئيس الشركة: «…». What
 * a speech verb a few words back introduces with a colon is what its subject said, not a title
 * the noun names (which stands without a speech verb: برنامج: «…»، أطلق حملة: «…»).
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { speechAt } from './quotes-speech-at';

/** Words (the speaker's phrase) a speech verb may stand before the noun. */
const SUBJECT_REACH = 4;

/**
 * True when a speech verb stands at most SUBJECT_REACH tokens before the noun at `noun`, in its
 * sentence and with no comma between, and a colon follows the noun.
 * @example endsSpeakerPhrase(ctx, i) for the noun 'علامة' in 'ويكمل راغب علامة: «…»' → true
 * @example endsSpeakerPhrase(ctx, i) for the noun 'برنامج' in 'وأطلقت الوزارة برنامج: «…»' → false
 */
export function endsSpeakerPhrase(ctx: QuoteContext, noun: number): boolean {
  if (ctx.f(noun + 1) !== ':') return false;
  for (let j = noun - 1; j >= 0 && noun - j <= SUBJECT_REACH; j--) {
    if (isSentenceEnd(ctx, j) || ctx.f(j) === '،' || ctx.breakBefore[j + 1]) return false;
    if (speechAt(ctx, j)?.kind === 'verb') return true;
  }
  return false;
}
