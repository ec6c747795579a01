/**
 * Words set off deep inside the clause a speech verb reports, past the reach at which a speech
 * verb counts as near: ذكر موقع بي سي ماجازين أن البطارية الجديدة تستخدم أقطاب السيليكون … إلى
 * جانب طبقات من مادة الجرافين فوق الأقطاب «لتحسين الكثافة وإطالة مدى العمل». An أن/إن or a colon
 * between the verb and the marks says the marks stand inside what the verb reports (quotation
 * gold, hard case 1). Far from the verb the clause often names things in marks (من خلال «الائتلاف
 * الوطني السوري»، مبدأ «التكرار التقاربي»), so only words that open indefinite and that the
 * corpora see outside names count: a predicate or a phrase in the speaker's wording, not a name
 * or a term.
 */
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';
import { DEFINITE, NAME_BITS } from './quotes-fragment';
import { quotedWords } from './quotes-shape';

/**
 * True when the quoted words text[a, b) open with an indefinite Arabic word and none of the
 * words is known from names only (قوي جدا، أداة من أدوات السياسة; not الائتلاف الوطني السوري،
 * 17 فبراير).
 * @example isReportedWording('«لتحسين الكثافة وإطالة مدى العمل»', 1, 32) → true
 * @example isReportedWording('«التكرار التقاربي»', 1, 17) → false
 */
export function isReportedWording(text: string, a: number, b: number): boolean {
  const words = quotedWords(text, a, b);
  const first = words[0];
  if (first === undefined || first.length < 2 || DEFINITE.test(first) || /[^\u0621-\u064A]/.test(first)) return false;
  const { classOf } = loadNerModel();
  for (const w of words) {
    const bits = classOf(w);
    if (!(bits & LEX.COMMON) && bits & NAME_BITS) return false;
  }
  return true;
}
