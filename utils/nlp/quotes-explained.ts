/**
 * Speech verbs that only their context tells from another word: بيّن "explained", which folds to
 * بين "between", and ذهب إلى أن "held that", where ذهب alone is "went".
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isThat, type SpeechWord } from './quotes-speech';

const MASCULINE: SpeechWord = { kind: 'verb', strong: true, agrees: 'm' };
const FEMININE: SpeechWord = { kind: 'verb', strong: true, agrees: 'f' };
/** بيّن، وبيَّن، فبيّن as written (a vowel may precede the shadda). */
const WRITTEN = /^[وف]?بي[\u064B-\u0650]?\u0651[\u064B-\u0650]?ن[\u064B-\u0652]?$/;
/** ذهب، وذهبت …, folded. */
const WENT = /^[وف]?ذهب(ت?)$/;
/** Tokens after ذهب within which its إلى أن must come. */
const HELD_REACH = 12;

/**
 * The verb بيّن at token i when written with its shadda (not بين الطرفين), or ذهب followed in its
 * sentence by إلى أن (فيما ذهب اختصاصي العلاج الطبيعي خريف الخريف إلى أن); undefined otherwise.
 * Without its shadda بين is left to the preposition: a sentence-opening وبين أنه … is as often
 * followed by a list of titles in marks.
 * @example explainedAt(ctx, i) for 'وبيَّن' → { kind: 'verb', strong: true, agrees: 'm' }
 */
export function explainedAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  if (WRITTEN.test(ctx.tokens[i]?.text ?? '')) return MASCULINE;
  const went = WENT.exec(ctx.f(i));
  if (!went) return undefined;
  for (let k = i + 1; k < ctx.tokens.length && k <= i + HELD_REACH && !isSentenceEnd(ctx, k); k++) {
    if (ctx.f(k) === 'الي' && isThat(ctx.f(k + 1))) return went[1] ? FEMININE : MASCULINE;
  }
  return undefined;
}
