/**
 * A name noun a few words before a pair of marks, heading the phrase the pair ends: شركة التطوير
 * العقاري «…»، مجلة الأسرة العربية «…». The words in marks then name what the noun heads, unless
 * the noun is a person's title right after a speech verb (وأضاف رئيس الحكومة التركية «…»: its
 * subject speaks). Read by cuesOf (quotes-cues.ts) when no name noun stands right before the mark.
 */
import type { QuoteContext } from './quotes-context';
import { isCopula } from './quotes-copula';
import { isOwnWork } from './quotes-own-work';
import { isPointedNoun } from './quotes-pointed-noun';
import { isCounting } from './quotes-quantity';
import { isThat, speechWord } from './quotes-speech';
import { isNameNoun } from './quotes-name-nouns';
import { speechAt } from './quotes-speech-at';

/** Words before the last one of the phrase looked at for its head. */
const HEAD_REACH = 4;

/** صحافي، صحفي (folded): the adjective of a press conference. */
const PRESS = /^(?:ال)?(?:صحافي|صحفي)$/;

/** Name nouns that are also a person's title (رئيس التحرير، مراسل القناة). */
const PERSON_HEADS = new Set(['رئيس', 'مدير', 'مراسل', 'مراسلة', 'محرر']);

/**
 * Whether a name noun within HEAD_REACH words before token `from` (the last word before the mark,
 * or before its colon) heads the phrase that ends there.
 * @example headsPhraseBefore(ctx, i) for 'أعلنت شركة التطوير العقاري «…»' with i on العقاري → true
 */
export function headsPhraseBefore(ctx: QuoteContext, from: number): boolean {
  const { tokens } = ctx;
  // (not after a copula: في الملتقى كان «…» says what something was, the words are no title)
  if (from < 0 || tokens[from]?.kind !== 'word' || isCopula(ctx.f(from))) return false;
  // (nor after إن/أن: حاكم منطقة بركي براك ان «…» — the noun heads the subject, the pair is what it says)
  if (isThat(ctx.f(from))) return false;
  for (let j = from - 1; j >= 0 && j >= from - HEAD_REACH && !ctx.breakBefore[j + 1]; j--) {
    const f = ctx.f(j);
    if (tokens[j]!.kind !== 'word' || isThat(f) || speechWord(f) || isCopula(f)) return false;
    // وأضاف في مؤتمر صحافي «…»: the press conference is where the words were said, not a title's head.
    if (PRESS.test(ctx.f(j + 1)) && /^[وب]?(?:ال)?مؤتمر$/.test(f)) continue;
    // (a work with its maker's pronoun heads a title: في مقاله «…»; after أن, above, it does not)
    if (!isNameNoun(f) && !isOwnWork(f)) continue;
    // (not a noun a demonstrative points at, nor عدد counting what follows its من: وعدد من الدول «…»)
    if (isPointedNoun(ctx, j) || isCounting(ctx, j)) return false;
    // وصرح فابيوس لوسائل اعلام فرنسية محلية "…": the outlets spoken to after a speech verb and its
    // subject are no title's head; what follows their phrase is what was said.
    if (f.startsWith('ل') && hasSpeechBefore(ctx, j)) return false;
    // وأضاف رئيس الحكومة التركية "…": a person's title right after a speech verb is its subject.
    return !(PERSON_HEADS.has(f.replace(/^و?ال/, '')) && j > 0 && speechAt(ctx, j - 1));
  }
  return false;
}

/** Words before the outlet spoken to that a speech verb may stand back (its subject between: وصرح فابيوس لوسائل …). */
const ADDRESSEE_REACH = 3;

/** Whether a speech verb stands within ADDRESSEE_REACH words before token j. */
function hasSpeechBefore(ctx: QuoteContext, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - ADDRESSEE_REACH && ctx.tokens[k]!.kind === 'word'; k--) if (speechAt(ctx, k)?.kind === 'verb') return true;
  return false;
}
