/**
 * A verdict a speaker gave, set off in marks, after اعتبر or سمّى with the object pronoun and the
 * speaker between the verb and the marks: الهجوم الذي تعتبره السلطات «عملًا إرهابيًا»، القرار الذي
 * اعتبره محللون «إعلان حرب»، ما سماه سجناء سابقون «مدرسة التطرف». The pronoun refers back to the
 * thing judged, so the words in marks are the judgement of the subject that follows the verb (hard
 * case 2 of the quotation gold: a label the speaker used). With no subject between (اعتبره «…»)
 * the words are still that verb's object; a passive form (يُعتبر «…») has no pronoun and is left out.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { NAME_IT, WHAT } from './quotes-label';

/** اعتبر with the object pronoun: اعتبره، اعتبرها، اعتبرته، اعتبروه، يعتبره، تعتبرها … (folded, و/ف allowed). */
const CONSIDER_IT = /^[وف]?(?:اعتبر(?:ت|و|تا|ا)?|[يتن]عتبر(?:ون|ان)?)(?:ه|ها|هم)$/;
/** Words that cannot be part of the subject between the verb and the marks (a clause goes on). */
const NOT_SUBJECT = /^(?:ان|انه|انها|بان|بانه|بانها|من|في|علي|الي|عن|مع|ب|ل|كان|كانت|هو|هي|لا|لم|لن|قد)$/;
/** Words a subject may take between the verb and the marks (اعتبره إعلاميون تونسيون بارزون). */
const SUBJECT_REACH = 3;

/**
 * True when the pair whose opening mark is token `open` follows اعتبره / ما سماه and at most a
 * short subject.
 * @example isConsideredLabel(ctx, i) for 'الهجوم الذي تعتبره الشرطة «عملًا إرهابيًا»' → true
 * @example isConsideredLabel(ctx, i) for 'يعتبر «الربيع» موسمًا' → false
 */
export function isConsideredLabel(ctx: QuoteContext, open: number): boolean {
  if (open < 1 || ctx.breakBefore[open]) return false;
  for (let k = open - 1; k >= 0 && open - 1 - k <= SUBJECT_REACH; k--) {
    if (ctx.tokens[k]?.kind !== 'word' || ctx.pairStart.has(k) || isSentenceEnd(ctx, k)) return false;
    const f = ctx.f(k);
    if (CONSIDER_IT.test(f)) return true;
    if (NAME_IT.test(f)) return k > 0 && WHAT.has(ctx.f(k - 1));
    if (NOT_SUBJECT.test(f) || ctx.breakBefore[k]) return false;
  }
  return false;
}
