/**
 * A measure read as the subject of a weak speech verb (مطعم يبلغ عدد زبائنه 40، يبلغ طول الواحد
 * منها): there يبلغ is "amounts to", and what follows is how much something is, never who
 * speaks; taken for a speaker, it would be handed on to the bare وقال after it.
 */

/** Nouns of measure (folded, without the article): عدد، طول، حجم، قيمة … (not عمر, a given name). */
const MEASURES = new Set(['عدد', 'طول', 'عرض', 'حجم', 'قيمة', 'وزن', 'ارتفاع', 'مساحة', 'نسبة', 'اجمالي', 'متوسط', 'معدل',
  'مجموع', 'سعر', 'تكلفة', 'كلفة', 'كمية', 'مدة', 'عمق', 'قطر', 'سرعة']);

/**
 * Whether a subject's folded first three words measure rather than name: a measure noun, but not
 * a quantity of people (عدد من المواطنين، عدد كبير من التجار count them).
 * @example isMeasure(['عدد', 'زبائنه', '50']) → true
 * @example isMeasure(['عدد', 'كبير', 'من']) → false
 */
export function isMeasure(words: readonly string[]): boolean {
  const [first = '', ...rest] = words;
  const head = first.startsWith('ال') ? first.slice(2) : first;
  return MEASURES.has(head) && !rest.includes('من');
}
