/**
 * A person the article goes on to call by a description (ويقول الشيف الفرنسي، ويضيف الخبير
 * المصري في جماعات التطرف، يوضح الزعيم الطارقي): a definite noun qualified by a definite
 * adjective or a phrase on في/من, that no earlier phrase of the text matches. A definite description is given
 * information, not a new person (a new, unnamed source comes indefinite: قال خبير، مصدر عسكري),
 * so it is the person last heard speaking — when that is a person entity close enough before and
 * the noun agrees with them. Offices (وزير الخارجية، الرئيس التنفيذي، المتحدث) are left alone:
 * the article often brings in a new holder by the office alone.
 */
import { foldArabic } from './normalize';
import type { Speaker } from './quotes-speaker';
import type { SpeechWord } from './quotes-speech';

/** How far back (characters) the person last heard may be for a description to go back to them. */
const DESCRIBED_REACH = 1500;

/**
 * Heads (folded, without the article) that describe one person by trade or standing: the role
 * nouns an article may come back to a speaker by (الخبير، المدرب، الكاتب), and trades beyond them.
 * Offices (وزير، رئيس، المتحدث، مدير …) are not among them: a new holder often comes in by the
 * office alone. "The official" (المسؤول الأمريكي) is no office but how an article goes on about
 * one it named (وقال كورتز كوبر … وأكد المسؤول الأمريكي في تغريدته).
 */
const DESCRIPTIONS = new Set(`
  زعيم شيخ مدرب لاعب محامي خبير دكتور مهندس نجم فنان فنانة باحث اعلامي كاتب مؤسس مالك قيادي ناشط ناشطة
  محلل استاذ مرشح داعية خطيب
  شيف طاهي ممثل ممثلة شاعر شاعرة روائي روائية مخرج مخرجة مطرب مطربة مغني مغنية كاتبة اديب اديبة طبيب طبيبة
  مؤلف مؤلفة صحافي صحافية صحفي صحفية مصور مصورة مصمم مصممة رسام رسامة عالم باحثة محللة خبيرة رجل بطل بطلة
  شاب شابة فتاة امراة سيدة لاعبة مدربة
  مسؤول مسؤولة
`.split(/\s+/).filter(Boolean));

/** A folded word that opens a prepositional phrase (في، من، بالجامعة، للدراسات). */
const PREPOSITION = /^(?:في|من|عن|لدي)$|^[بل]ال/;

/** Whether a folded word is a trade noun with the article (الشيف، الخبير), a description of a person. */
export const isDescriptionHead = (f: string): boolean => f.startsWith('ال') && DESCRIPTIONS.has(f.slice(2));

/**
 * The person last heard speaking, when `s` only describes them (a definite noun, then a definite
 * adjective or a prepositional phrase or both), `last` is a person entity at most
 * DESCRIBED_REACH before it, and the noun's gender (ة or not) agrees with `lastAgrees`.
 * @example describedPerson({ speaker: 'الشيف الفرنسي', entity: null, … }, { speaker: 'غيوم غوميز', entity: 'p:…', … }, 'm') → { speaker: 'غيوم غوميز', … }
 * @example describedPerson({ speaker: 'وزير الخارجية', … }, …) → null
 */
export function describedPerson(s: Speaker, last: Speaker | null, lastAgrees: SpeechWord['agrees']): Speaker | null {
  if (s.entity || !last?.entity || last.start >= s.start || s.start - last.end > DESCRIBED_REACH) return null;
  const words = s.speaker.split(' ').map(foldArabic);
  const head = words[0] as string;
  // (a bare noun — وقال الخبير، والمدرب يعرف … ويقول — is as likely someone new known by it)
  if (words.length < 2 || !isDescriptionHead(head)) return null;
  // الشيف الفرنسي، الخبير المصري في جماعات التطرف: the adjective, then a phrase on في/من/ب.
  let k = 1;
  if (k < words.length && (words[k] as string).startsWith('ال')) k++;
  if (k < words.length && !PREPOSITION.test(words[k] as string)) return null;
  if (words.length > 5) return null;
  const feminine = head.endsWith('ة');
  if (feminine ? lastAgrees !== 'f' : lastAgrees === 'f') return null;
  return { ...last, start: s.start, end: s.end };
}
