/**
 * Who made an indefinite statement that a resumptive فيه/فيها refers back to: the subject of
 * the verb that issued it (أصدر المتحدث باسم الجيش بيانًا جديدًا أكد فيه، ألقى الوزير كلمة
 * أشار فيها، توجه المدرب برسالة إلى اللاعبين قال فيها), not what follows the noun (the one it
 * was sent to) nor a speaker read before.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { subjectAfter } from './quotes-subject';

/** Verbs (folded, without و/ف) whose subject issues the statement that is their object. */
const ISSUING = new Set(['اصدر', 'اصدرت', 'اصدروا', 'يصدر', 'تصدر', 'القي', 'القت', 'القوا', 'يلقي', 'تلقي', 'نشر', 'نشرت',
  'نشروا', 'ينشر', 'تنشر', 'وجه', 'وجهت', 'وجهوا', 'يوجه', 'توجه', 'توجهت', 'يتوجه', 'تتوجه', 'بعث', 'بعثت', 'يبعث', 'تبعث',
  'ارسل', 'ارسلت', 'يرسل', 'ترسل', 'كتب', 'كتبت', 'يكتب', 'تكتب', 'وزع', 'وزعت', 'بث', 'بثت', 'اطلق', 'اطلقت', 'قدم', 'قدمت',
  'ادلي', 'ادلت', 'يدلي', 'تدلي', 'غرد', 'غردت', 'خرج', 'خرجت', 'خاطب', 'خاطبت', 'تبني', 'تبنت', 'اعتمد', 'اعتمدت']);

/** Tokens looked back over from the statement noun for its verb (the verb, its subject). */
const VERB_REACH = 12;

/**
 * Whether the folded word is an issuing verb, with or without و/ف before it (وأصدر، فألقى).
 * @example isIssuing('ووجه') → true
 */
export const isIssuing = (f: string): boolean => ISSUING.has(f) || (/^[وف]/.test(f) && ISSUING.has(f.slice(1)));

/**
 * The subject of the issuing verb before the indefinite statement noun at token `noun`, as a
 * token range: the words between that verb and the noun. Null when the noun is definite, no
 * issuing verb comes shortly before it in its sentence, or nothing stands between the two
 * (أصدرت بيانًا: the subject is a pronoun, named elsewhere).
 * @example statementMaker(ctx, noun) for 'أصدر المتحدث باسم الجيش بيانا أكد فيه' (noun on بيانا) → the range of 'المتحدث باسم الجيش'
 */
export function statementMaker(ctx: QuoteContext, noun: number): [number, number] | null {
  if (/^[وفب]?ال/.test(ctx.f(noun))) return null;
  for (let k = noun - 1; k >= 0 && noun - k <= VERB_REACH && !ctx.breakBefore[k + 1] && !isSentenceEnd(ctx, k); k--) {
    if (!isIssuing(ctx.f(k))) continue;
    if (k + 1 >= noun) return null;
    const range = subjectAfter(ctx, k + 1, noun);
    return range && range[1] === noun ? range : null;
  }
  return null;
}
