/**
 * A speaker phrase that opens with بال (the preposition بـ and the article) is how or where the
 * words came (وقالت لـ«رويترز» بالبريد الإلكتروني:، جاء الموقع «…» بالعنوان التالي:), never who
 * said them: news text writes a name that begins with بـ without the article (بشار، بندر).
 */
import { foldArabic } from './normalize';

/**
 * Whether a speaker phrase opens with بـ + article (بالبريد الإلكتروني), so names no speaker.
 * @example isByPhrase('بالبريد الإلكتروني') → true
 * @example isByPhrase('بندر بن سلطان') → false
 */
export function isByPhrase(phrase: string): boolean {
  return /^بال[\u0621-\u064A]{2,}/.test(foldArabic(phrase.split(' ')[0] ?? ''));
}
