/**
 * A subject that describes its speaker before naming them, further on than the next word: قال
 * الملازم في مكافحة إجرام الأنبار عبد الله العلواني لـ«الشرق الأوسط» إن …، قال أبرز الداعين إلى
 * المحاكمة في منظمة هيومان رايتس ووتش ريد برودي، لوكالة …. The name closes the subject: after it
 * come the one spoken to, a comma, a colon, إن/أن or the quotation.
 */
import { partitionPoint } from '../sorted';
import { foldArabic } from './normalize';
import { isRoleWord } from './quotes-roles';
import type { EntityMention } from './types';

/** How far (characters) past the subject's first words the name may stand. */
const NAME_REACH = 90;
/**
 * A clause or a list ends the description: punctuation, a quotation mark, a relative pronoun, a
 * complementiser or a verb of being (وقال المصدر إن السيسي، كانت للمعلم شلبي: the name is in another clause).
 */
const BREAK = /[،,.:؛!?؟\n«»"“”()]|(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي|أن|إن|ان|بأن|بان|أنه|إنه|كان|كانت|لعل|قد|ثم|ما)(?=\s|$)/;
/**
 * What may follow the name when it ends the subject; a family nisba the recogniser left off the
 * name may come first (إبراهيم آل مسفر الألمعي أن).
 */
const CLOSES = /^(?:\s+[اأ]ل[\u0621-\u064A]{2,}ي(?=\s))?(?:\s*[،:«"“-]|\s+(?:أن|إن|بأن|ان|بان|أنه|إنه|أنها|إنها)(?=[\s«"“])|\s+ل[ـ«"“]|\s+لل|\s+ل(?:صحيفة|وكالة|قناة|موقع|شبكة))/;
/** Prepositions that make the name their object (مصدر مقرب من ميشال بلاتيني، وجه آخر غير وجه كريم), folded. */
const GOVERNS = new Set(['من', 'عن', 'غير', 'مثل', 'سوي', 'الي', 'مع', 'علي', 'ضد', 'حول', 'بين', 'لدي', 'عند', 'نحو', 'تجاه', 'بحق', 'باسم']);

/** The words of the description before the name, last first, folded. */
const lastWords = (gap: string): string[] => gap.trim().split(/\s+/).filter(Boolean).map(foldArabic).reverse();

/**
 * Whether the name is the object of what comes right before it: a preposition (من السيسي), or a
 * noun with لـ/بـ (للكاتب الفلسطيني ربعي المدهون، كانت للمعلم شلبي), one definite adjective between them allowed.
 */
function isGoverned(gap: string): boolean {
  const words = lastWords(gap);
  const at = words[0] && words[1] !== undefined && /^ال\S+ي[ةه]?$/.test(words[0]) ? 1 : 0;
  const w = words[at] ?? '';
  // (…or a noun a preposition governs, the name its genitive: غير وجه كريم)
  return GOVERNS.has(w) || GOVERNS.has(words[at + 1] ?? '') || /^(?:لل|بال)/.test(w) || (/^[لب]/.test(w) && isRoleWord(w.slice(1)));
}

/**
 * The person named past a description that started at `end`, before `reach` (characters): the
 * first person mention there, when nothing in between breaks the phrase, no preposition governs
 * it, and the subject ends right after it.
 * @example personNamedAfter(text, mentions, end of 'الملازم', reach) for 'قال الملازم في مكافحة إجرام الأنبار عبد الله العلواني لـ«الشرق الأوسط» إن' → the mention of 'عبد الله العلواني'
 */
export function personNamedAfter(text: string, mentions: readonly EntityMention[], end: number, reach: number): EntityMention | null {
  const m = mentions[partitionPoint(mentions.length, (i) => (mentions[i] as EntityMention).start < end)];
  if (!m || m.end > reach || m.start - end > NAME_REACH) return null;
  const gap = text.slice(end, m.start);
  if (!/\S/.test(gap) || BREAK.test(gap) || isGoverned(gap)) return null;
  return CLOSES.test(text.slice(m.end, m.end + 40)) ? m : null;
}
