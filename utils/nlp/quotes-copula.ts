/**
 * Copulas and the pronoun of identity (كان، أصبح، ليس، هو). A pair of marks after one is what the
 * sentence says its subject is, its predicate, and not a name that a name noun before the copula
 * heads: in «قال إن ما حدث في الملتقى كان "خزيا وعارا"» the noun ملتقى does not make the words a title.
 */

/** Folded copulas, with or without و/ف. */
const COPULAS = new Set(['كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكونون', 'ليس', 'ليست', 'ليسوا', 'اصبح', 'اصبحت',
  'يصبح', 'تصبح', 'بات', 'باتت', 'يبات', 'صار', 'صارت', 'يصير', 'تصير', 'ظل', 'ظلت', 'يظل', 'تظل', 'هو', 'هي', 'هم']);

/**
 * True for a folded copula (a leading و/ف allowed).
 * @example isCopula('كان') → true
 * @example isCopula('وأصبحت'.replace('أ', 'ا')) → true
 * @example isCopula('ملتقي') → false
 */
export function isCopula(folded: string): boolean {
  return COPULAS.has(folded) || (/^[وف]/.test(folded) && COPULAS.has(folded.slice(1)));
}
