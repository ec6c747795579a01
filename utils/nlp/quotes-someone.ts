/**
 * "One of them", "some of them" (أحدهم، إحداهن، بعضهم، أحد الحاضرين): a word that stands for a
 * person, though it names nobody. After an أن it is the clause's subject like a name is, and a
 * speech verb joined to that clause speaks for it (المهم أن أحدهم شخّص العلة وقال ”…“), where an
 * ordinary noun there (أن الاتفاق يحمي …، وقال) is no speaker.
 */
import { foldArabic } from './normalize';
import type { Speaker } from './quotes-speaker';

/** The first words (folded) of such a phrase. */
const SOMEONE = new Set(['احدهم', 'احداهن', 'احداهم', 'بعضهم', 'احد', 'احدي']);

/**
 * Whether a speaker phrase opens with "one of", "some of" (أحدهم، أحد الحاضرين).
 * @example isSomeone('أحدهم') → true
 * @example isSomeone('الاتفاق') → false
 */
export function isSomeone(speaker: string): boolean {
  return SOMEONE.has(foldArabic(speaker.split(' ')[0] ?? ''));
}

/** The pronoun-suffixed forms, whole noun phrases of their own (أحدهم، بعضهم), folded. */
const WHOLE = /^(?:احد|احدا|بعض)(?:هم|هن)$/;

/**
 * The speaker `s` as such a phrase, cut where the verb read into the subject starts: after its
 * first word when that is a whole noun phrase (أحدهم شخّص العلة → أحدهم), else after the definite
 * words that follow it (أحد اللاعبين خرج → أحد اللاعبين); null when it is none.
 * @example someone({ speaker: 'أحدهم شخّص العلة', … }) → { speaker: 'أحدهم', … }
 */
export function someone(s: Speaker): Speaker | null {
  if (!isSomeone(s.speaker)) return null;
  const words = s.speaker.split(' ');
  let n = 1;
  if (!WHOLE.test(foldArabic(words[0] as string))) while (n < words.length && foldArabic(words[n] as string).startsWith('ال')) n++;
  const speaker = words.slice(0, n).join(' ');
  return { ...s, speaker, end: s.start + speaker.length };
}
