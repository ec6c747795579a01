/**
 * A work named with its maker's pronoun right before the marks: كتبت روايتها «…»، في فيلمه
 * «…»، أغنيتهم «…». What follows is the work's title, not the maker's words; without the pronoun
 * the noun is already a name noun (رواية «…», quotes-speech).
 */

/** Folded stems of works that carry a title (the ة of a stem written ت before the pronoun). */
// (not كتب، "his books" but also "wrote it", nor مقال، whose words are often quoted: في مقاله «…»)
const WORK_STEMS = new Set(['فيلم', 'افلام', 'كتاب', 'روايت', 'مسلسل', 'اغنيت', 'اغاني', 'ديوان', 'قصيدت', 'مسرحيت',
  'البوم', 'لوحت', 'برنامج', 'مجموعت', 'قصت', 'روايات', 'مسرحيات', 'دواوين']);

/** The maker's pronoun at the end of a folded word (روايته، فيلمها، كتابهم، ديواني). */
const OWNER = /(?:ه|ها|هم|هما|هن|ي|نا)$/;

/**
 * True when the folded word is a work with its maker's pronoun (with و/ف/ب/ل before it or not).
 * @example isOwnWork('روايتها') → true
 * @example isOwnWork('كلامه') → false
 */
export function isOwnWork(f: string): boolean {
  return isOwned(f, WORK_STEMS);
}

/** Whether the folded word is one of `stems` with its maker's pronoun, و/ف/ب/ل before it or not. */
function isOwned(f: string, stems: ReadonlySet<string>): boolean {
  const m = OWNER.exec(f);
  if (!m) return false;
  const stem = f.slice(0, m.index);
  return stems.has(stem) || (/^[وفبل]/.test(stem) && stems.has(stem.slice(1)));
}

/** عمل, "work", which names a work only with an adjective of one (عمله الدرامي; في عمله is his job). */
const WORKS_AS_WORK = new Set(['عمل', 'اعمال']);

/** Adjectives of a work after the noun and its pronoun (عمله الدرامي، روايته الأخيرة، ألبومها الجديد), folded. */
const WORK_ADJECTIVE = /^ال(?:درامي|فني|غنائي|سينمائي|مسرحي|ادبي|روائي|تلفزيوني|جديد|جديدة|اخير|اخيرة|اول|اولي|ثاني|ثانية|مقبل|مقبلة|قادم|قادمة)$/;

/**
 * True when the folded words before the marks are a work with its maker's pronoun and an
 * adjective of it (عمله الدرامي «…»، روايته الأخيرة «…»); عمل counts here, with the adjective.
 * @example isOwnWorkWithAdjective('عمله', 'الدرامي') → true
 */
export function isOwnWorkWithAdjective(noun: string, adjective: string): boolean {
  return WORK_ADJECTIVE.test(adjective) && (isOwnWork(noun) || isOwned(noun, WORKS_AS_WORK));
}
