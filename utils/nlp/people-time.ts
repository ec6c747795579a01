/**
 * Parts of the day before a day word: صباح اليوم، مساء أمس، ظهر الجمعة. News text dates an event
 * so right after the subject's name (غادر الملك سلمان بن عبدالعزيز صباح اليوم مكة), and صباح is also
 * a given name, so the tagger may read the time into the name or take it for a lone name
 * (استقبل صباح اليوم). Before a day word these words are the adverb of time, never a name.
 * people-bounds.ts trims them off the end of a span.
 */
import { foldArabic } from './normalize';
import { words } from './people-context';

/** Parts of the day that stand in construct before a day word. */
const PART_OF_DAY = words('صباح مساء ظهر عصر فجر ضحى ليلة');

/** Day words after a part of the day: the relative days and the days of the week. */
const DAY = words(`
  اليوم أمس غد الغد غدا يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
`);

/**
 * Whether token i is a part of the day in construct before a day word (صباح اليوم، مساء أمس).
 * @example isPartOfDayAt(tokenize('استقبل صباح اليوم الوفد'), 1) → true
 */
export function isPartOfDayAt(tokens: readonly { text: string }[], i: number): boolean {
  const t = tokens[i], next = tokens[i + 1];
  return t !== undefined && next !== undefined && PART_OF_DAY.has(foldArabic(t.text)) && DAY.has(foldArabic(next.text));
}
