/**
 * A name that owns the body or family a speaker phrase speaks for, not the speaker: وقالت عائلة
 * عبد العزيز في بيان، وقال متحدث باسم مؤسسة كوفي أنان، المسؤولون في إدارة أوباما، وأضافت والدة
 * الشهيد الشحي — the family, the spokesman, the officials and the mother speak, not the person named.
 */
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';
import { wordsOf } from './quotes-person-index';
import { ROLES } from './quotes-roles';
import type { EntityMention } from './types';

/** Nouns (folded) for a body, a family or a relative that belongs to the person named after it. */
const OWNED = new Set(['ادارة', 'حكومة', 'حكومه', 'نظام', 'عائلة', 'عائله', 'اسرة', 'اسره', 'مؤسسة', 'مؤسسه', 'حملة', 'حمله',
  'مكتب', 'انصار', 'مؤيدو', 'مؤيدي', 'محامو', 'محاميو', 'اقارب', 'ذوو', 'ذوي', 'عشيرة', 'قبيلة', 'ورثة', 'معسكر', 'ديوان',
  // وأضافت والدة الشهيد الشحي: a relative speaks, not the person whose relative they are.
  'والد', 'والدة', 'والده', 'ابنة', 'ابنه', 'نجل', 'نجلة', 'شقيق', 'شقيقة', 'شقيقه', 'زوجة', 'زوجه', 'ارملة', 'ارمله', 'حفيد',
  'حفيدة', 'كريمة', 'اخت', 'عم', 'خال', 'جدة',
  // يقول محامي السيدة لي: one who acts for the person speaks, not the person.
  'محامي', 'محامية']);


/**
 * A word that may stand between the owning noun and the name: a title or a role (الرئيس، رئيس)
 * or a nisba adjective (الأميركي، السورية); not a noun of its own (إدارة التوحش أبو بكر ناجي:
 * a book's title, then its author).
 */
const isTitle = (w: string): boolean => (loadNerModel().classOf(w) & LEX.TITLE) !== 0 || ROLES.has(w.replace(/^ال/, '')) || /^ال\S{2,}(?:ي|يه|ية)$/.test(w);

/** Titles and descriptions looked back over between the owning noun and the name (مكتب الرئيس الأميركي أوباما). */
const MAX_BETWEEN = 3;

/**
 * Whether the mention `m` follows, inside the phrase that starts at `from`, a noun for a body or
 * a family it owns, with at most a few titles between (definite words or role nouns).
 * @example isOwnedName(text, start, mention of 'أوباما') for 'المسؤولون في إدارة أوباما' → true
 * @example isOwnedName(text, start, mention of 'جون كيربي') for 'المتحدث باسم الوزارة جون كيربي' → false
 */
export function isOwnedName(text: string, from: number, m: EntityMention): boolean {
  if (m.start <= from) return false;
  const words = wordsOf(text.slice(from, m.start));
  for (let k = words.length - 1, between = 0; k >= 0; k--) {
    const w = words[k] as string;
    if (OWNED.has(w) || (/^[وبل]/.test(w) && OWNED.has(w.slice(1)))) return true;
    if (between++ >= MAX_BETWEEN || !isTitle(w)) return false;
  }
  return false;
}

/** A preposition with a pronoun opening a phrase (خلالها، فيه، عنهم), and the space after it. */
const LEADING_PRONOUN_PHRASE = /^(?:خلال|عن|في|من|ل|إلي|الي|إلى|على|علي|عبر)(?:ه|ها|هم)\s+/;

/** The words of a phrase up to the end of the owner's name, as written (عائلة عبد العزيز). */
export function ownedPhrase(text: string, from: number, m: EntityMention): string {
  // (without a preposition with its pronoun that the subject was read from: ردد خلالها أنصار حبري)
  return text.slice(from, m.end).replace(/[«»"“”]/g, '').replace(/\s+/g, ' ').trim().replace(LEADING_PRONOUN_PHRASE, '');
}
