/**
 * عرّف "defined", written with its shadda, is a speech verb: what a dictionary or an author
 * defines a word as is quoted as theirs (العجب الذي يعرّفه ابن منظور بأنه «…»، ويعرّف زكريا
 * القزويني العجب بأنه «…»). Without the shadda it folds to عرف "knew" (يعرف، عرفت), and تعرّف is
 * "got to know" (تعرّف إليهم), so neither is read.
 */
import type { QuoteContext } from './quotes-context';
import type { SpeechWord } from './quotes-speech';

/**
 * عرّف، عرّفت، يعرّف، فيعرّف، يعرّفه … as written: a shadda on the ر (a vowel may come before
 * it); group 1 is the present's ي, group 2 the past's feminine ت.
 */
const DEFINED = /^[وف]?(ي)?عر[\u064B-\u0650]?\u0651[\u064B-\u0650]?ف[\u064B-\u0652]?(ت)?[\u064B-\u0652]?(?:ه|ها|هم)?$/;

/**
 * The speech reading of token i when it is عرّف with its shadda; undefined otherwise.
 * @example definedAt(ctx, i) for 'يعرّفه ابن منظور بأنه' (i on يعرّفه) → { kind: 'verb', strong: true, agrees: 'm' }
 */
export function definedAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  const m = DEFINED.exec(ctx.tokens[i]?.text ?? '');
  if (!m || (m[1] && m[2])) return undefined;
  return { kind: 'verb', strong: true, agrees: m[2] ? 'f' : 'm' };
}
