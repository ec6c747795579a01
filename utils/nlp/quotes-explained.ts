/**
 * Speech verbs that only their context tells from another word: بيّن "explained", which folds to
 * بين "between", and ذهب إلى أن "held that", where ذهب alone is "went" (and, with إلى القول after
 * them, ذهب، خلص، انتهى، انتقل: quotes-to-saying; عرّف "defined" with its shadda: quotes-defined).
 */
import { beforeComma, isSentenceEnd, type QuoteContext } from './quotes-context';
import { isThat, type SpeechWord } from './quotes-speech';
import { opensClauseBeforeRole } from './quotes-role-after-bayyana';
import { toSayingAt } from './quotes-to-saying';
import { definedAt } from './quotes-defined';

const MASCULINE: SpeechWord = { kind: 'verb', strong: true, agrees: 'm' };
const FEMININE: SpeechWord = { kind: 'verb', strong: true, agrees: 'f' };
/** بيّن، وبيَّن، فبيّن as written (a vowel may precede the shadda). */
const WRITTEN = /^[وف]?بي[\u064B-\u0650]?\u0651[\u064B-\u0650]?ن[\u064B-\u0652]?$/;
/** ذهب، وذهبت …, folded. */
const WENT = /^[وف]?ذهب(ت?)$/;
/** "For his part" (بدوره، من جهته، من جانبها), folded: a verb's turn, never the preposition's. */
const OWN_TURN = /^[وف]?بدور(?:ه|ها|هم)$/;
const OWN_SIDE = /^(?:جهت|جانب|ناحيت)(?:ه|ها|هم)$/;
const FROM = /^[وف]?من$/;
/** بين، وبين، بينت, folded; group 1 is the conjunction, group 2 the feminine ت. */
const BAYYANA = /^([وف]?)بين(ت?)$/;
/** Tokens after ذهب within which its إلى أن must come. */
const HELD_REACH = 12;

/**
 * The verb بيّن at token i when written with its shadda (not بين الطرفين), or ذهب followed in its
 * sentence by إلى أن (فيما ذهب اختصاصي العلاج الطبيعي خريف الخريف إلى أن); undefined otherwise.
 * Without its shadda بين is the verb after "for his part" (بدوره، بين المشرف …؛ من جهته بين
 * النائب …), where a verb's turn comes and "between" cannot, and opening its clause before a
 * role noun (quotes-role-after-bayyana); elsewhere it is left to the preposition: a
 * sentence-opening وبين أنه … is as often followed by a list of titles in marks.
 * @example explainedAt(ctx, i) for 'وبيَّن' → { kind: 'verb', strong: true, agrees: 'm' }
 */
export function explainedAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  if (WRITTEN.test(ctx.tokens[i]?.text ?? '')) return MASCULINE;
  // (…and عرّف "defined" with its shadda — quotes-defined)
  const defined = definedAt(ctx, i);
  if (defined) return defined;
  // بين after "for his part" (no conjunction before it), or opening its clause before a role noun
  // (. وبين الناطق الإعلامي — quotes-role-after-bayyana).
  const bayyana = BAYYANA.exec(ctx.f(i));
  if (bayyana && (!bayyana[1] && isAfterOwnTurn(ctx, i) || opensClauseBeforeRole(ctx, i))) return bayyana[2] ? FEMININE : MASCULINE;
  // (…and these verbs with إلى القول after them: وخلص الأمير إلى القول — quotes-to-saying)
  const saying = toSayingAt(ctx, i);
  if (saying) return saying;
  const went = WENT.exec(ctx.f(i));
  if (!went) return undefined;
  for (let k = i + 1; k < ctx.tokens.length && k <= i + HELD_REACH && !isSentenceEnd(ctx, k); k++) {
    if (ctx.f(k) === 'الي' && isThat(ctx.f(k + 1))) return went[1] ? FEMININE : MASCULINE;
  }
  return undefined;
}

/** Whether "for his part" (بدوره، من جهته، with a comma or not) comes right before token i. */
function isAfterOwnTurn(ctx: QuoteContext, i: number): boolean {
  const j = beforeComma(ctx, i);
  if (j < 0) return false;
  return OWN_TURN.test(ctx.f(j)) || (j > 0 && OWN_SIDE.test(ctx.f(j)) && FROM.test(ctx.f(j - 1)));
}
