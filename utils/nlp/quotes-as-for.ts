/**
 * «…» with no speech word, in a sentence that opens its view with بالنسبة لـ and a person
 * (بالنسبة للشاعر ياسين عدنان: «…»; بالنسبة لياسين عدنان، يبقى المؤكد أن «…»): the words are that
 * person's view, so they are the speaker rather than whoever the text last quoted.
 */
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { asSpeaker, type Speaker } from './quotes-speaker';
import type { EntityMention } from './types';

/** "As for" and the ل it governs, where the person's phrase starts. */
const AS_FOR = /بالنسب[ةه]\s+ل/g;

/** Characters before the quotation read for بالنسبة لـ (one sentence at most). */
const AS_FOR_REACH = 200;

/** Characters between بالنسبة لـ and the name: the titles before it (للشاعر والقاص والإعلامي). */
const TITLE_REACH = 40;

/**
 * The person named right after the last بالنسبة لـ of the sentence before offset `at`, with
 * nothing but titles between; null when there is none or a sentence ends after it.
 * @example asForPerson(text, persons, at) for 'بالنسبة للشاعر ياسين عدنان: «…»' → { speaker: 'ياسين عدنان', … }
 */
export function asForPerson(text: string, persons: PersonIndex, at: number): Speaker | null {
  const from = Math.max(0, at - AS_FOR_REACH);
  const before = text.slice(from, at);
  let last = -1;
  for (const m of before.matchAll(AS_FOR)) last = (m.index as number) + m[0].length;
  if (last < 0 || /[.!؟?\n«»"“”]/.test(before.slice(last))) return null;
  const start = from + last - 1;
  const m = persons.mentions[firstFrom(persons.mentions, start)] as EntityMention | undefined;
  if (!m || m.start - start > TITLE_REACH || m.end > at) return null;
  // Only title words (definite, joined by و) between ل and the name: للشاعر والقاص.
  const between = text.slice(start + 1, m.start).trim();
  // (the first written with the ل it follows: للشاعر → لشاعر after the ل matched)
  return between === '' || between.split(/\s+/).every((w, i) => (i === 0 ? /^ل\S{2,}$/ : /^وال\S{2,}$/).test(w)) ? asSpeaker(m) : null;
}
