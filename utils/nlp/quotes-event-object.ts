/**
 * Where a speech verb's subject after it ends because the event it reports starts: أعلن الجيش
 * مقتل الجندي، كشفت مصادر أمنية قيام عناصر …، أكدت الوزارة وفاة المعتقل. A verbal noun of an
 * event (a death, an arrest, an appointment, a start) right after the subject is what is
 * announced — the verb's object — never more of who announces it. The lexicon cannot tell
 * these apart, as some of them are also listed as given names (مقتل).
 */

/** Verbal nouns of events reported by أعلن، كشف، أكد، نفى … (folded, without the article). */
const EVENTS = new Set([
  // Death and injury: مقتل، مصرع، وفاة، استشهاد، إصابة، إعدام.
  'مقتل', 'مصرع', 'وفاة', 'استشهاد', 'اصابة', 'اعدام',
  // Arrest, abduction, release: اعتقال، اختطاف، الإفراج (without the article: إفراج).
  'اعتقال', 'اختطاف', 'توقيف', 'افراج',
  // Undertaking, start, end, arrival, withdrawal: قيام، بدء، انطلاق، وصول، انسحاب، سقوط.
  'قيام', 'بدء', 'انطلاق', 'وصول', 'انسحاب', 'سقوط',
  // Appointments and their end, and what is put off or called off: تعيين، استقالة، إقالة، تأجيل، إلغاء.
  'تعيين', 'استقالة', 'اقالة', 'تاجيل', 'الغاء',
]);

/**
 * Whether the folded word is the verbal noun of an event that a speech verb reports as its object.
 * @example isEventObject('مقتل') → true (أعلن الجيش مقتل الجندي)
 * @example isEventObject('الجيش') → false
 */
export function isEventObject(f: string): boolean {
  return EVENTS.has(f);
}
