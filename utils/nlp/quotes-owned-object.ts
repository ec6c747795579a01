/**
 * A speech verb's object that carries its owner's pronoun: واختتم كلامه بالقول، يروي حكايته،
 * نشر أبحاثه، شرحت فكرتها، أعلن ولاءه، رفض نشر اسمه. The word right after the verb is then what
 * was said, written or shown, and the pronoun points back to the one who said it: the word names
 * no speaker of its own. Only nouns for things (words, writings, ideas, feelings, a name) are
 * listed: a person with a pronoun is a speaker (وقال والده، وأضاف محاميه).
 */

/** Folded stems of things a person says, writes, holds or shows (كلام، قصة، رأي، استياء …). */
const CONTENT_STEMS = new Set([
  // Words and talk.
  'كلام', 'حديث', 'كلمت', 'جملت', 'عبارت', 'تعبير', 'سؤال', 'جواب', 'رد', 'تعليق', 'حوار', 'محادثت', 'خطاب',
  // Stories and writings.
  'قصت', 'حكايت', 'روايت', 'مقال', 'مقالت', 'كتاب', 'كتب', 'ابحاث', 'بحث', 'دراست', 'قصيدت', 'شعر', 'نص', 'رسالت',
  'تغريدت', 'تغريدات', 'مذكرات', 'سيرت', 'صفحت', 'حساب', 'صور', 'صورت', 'اعمال',
  // Ideas, views and feelings.
  'فكرت', 'افكار', 'راي', 'اراء', 'موقف', 'رويت', 'نظريت', 'تجربت', 'قلق', 'استياء', 'غضب', 'سعادت', 'فرحت',
  'امتنان', 'شكر', 'اعتذار', 'ولاء', 'دعم', 'تاييد', 'رفض', 'ترحيب',
  // A name, and those spoken to.
  'اسم', 'جمهور', 'قراء', 'متابعي',
]);

/** The owner's pronoun at the end of a folded word (كلامه، فكرتها، تعبيرهم، استيائي). */
const OWNER = /(?:ه|ها|هم|هما|هن|ي)$/;

/**
 * Whether the folded word is a thing said or held with its owner's pronoun, so that after a speech
 * verb it is the verb's object, not its subject. The ة of a stem is written ت before a pronoun
 * (قصته), ء may be carried as ؤ/ئ before it (ولاؤه، ولائه) and ي may end a plural (متابعيه).
 * @example isOwnedContent('كلامه') → true
 * @example isOwnedContent('والده') → false
 */
export function isOwnedContent(f: string): boolean {
  const m = OWNER.exec(f);
  if (!m || m.index < 2) return false;
  const stem = f.slice(0, m.index).replace(/[ؤئ]$/, 'ء');
  return CONTENT_STEMS.has(stem);
}
