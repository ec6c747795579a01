/**
 * A speech verb followed by an abstract verbal noun (أكد ضرورة …، نفى وجود …، أبدى تخوفه،
 * لا ينفي احتمال …، شدد على أهمية …): the noun is what is affirmed or denied, the verb's object,
 * and the subject is the pronoun in the verb (someone named before). Such a noun never names a
 * speaker, and taking it for one also hands it to a later bare وأضاف.
 */

/** Folded abstract nouns that follow a speech verb as its object, without the article (ة kept). */
const ABSTRACT = new Set([
  // Necessity, importance, possibility: أكد ضرورة، أكد أهمية، رجح إمكانية، لا ينفي احتمال.
  'ضرورة', 'اهمية', 'احتمال', 'امكانية', 'امكان', 'استحالة', 'صعوبة', 'حتمية',
  // Existence and truth: نفى وجود، نفى صحة، أكد عدم.
  'وجود', 'صحة', 'عدم',
  // Readiness, intention, wish, commitment: أبدى استعداد، أعلن نية، أكد حرص، جدد التزام.
  'استعداد', 'نية', 'رغبة', 'حرص', 'التزام', 'تمسك', 'عزم',
  // Fear: أبدى تخوف، أبدى خشية (not أمل, a given name).
  'تخوف', 'مخاوف', 'خشية',
  // Striving and particulars: أكد سعي الشركة لـ…، أوضح تفاصيل ذلك بقوله.
  'سعي', 'تفاصيل',
]);

/**
 * Whether the folded word after a speech verb is an abstract noun that is its object.
 * @example isAbstractObject('ضرورة') → true (وأكد ضرورة أن …)
 * @example isAbstractObject('الوزير') → false
 */
export function isAbstractObject(f: string): boolean {
  return ABSTRACT.has(f);
}
