/**
 * Verbs of going on or setting about that news text puts before an imperfect speech verb (ومضى
 * يقول، وراح يوسف يقول، وعاد ليقول، وأخذ يردد): they carry the speaker, when named, between them
 * and the speech verb, and are never themselves who speaks.
 */

/** The verbs (folded, past, both genders): مضى، راح، عاد، ظل، أخذ، بدأ، انطلق، استمر. */
const GOING_ON = new Set(['مضي', 'مضت', 'راح', 'راحت', 'عاد', 'عادت', 'ظل', 'ظلت', 'اخذ', 'اخذت', 'بدا', 'بدات', 'انطلق',
  'انطلقت', 'استمر', 'استمرت', 'واصل', 'واصلت']);

/**
 * Whether a folded word is a verb of going on (ومضى، فراح، وعادت), with or without و/ف.
 * @example isGoingOn('ومضي') → true
 * @example isGoingOn('وزير') → false
 */
export function isGoingOn(f: string): boolean {
  return GOING_ON.has(f) || (/^[وف]/.test(f) && GOING_ON.has(f.slice(1)));
}
