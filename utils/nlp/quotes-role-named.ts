/**
 * A description the page first gave with a name (فالشيف غيوم غوميز … ويقول الشيف الفرنسي،
 * للكاتب فاروق مردم بك … ويعلق الكاتب): the person named next to that trade or standing noun,
 * however far back. A definite description is given information, so it refers to the person
 * the page introduced by it, not to whoever spoke last.
 */
import { foldArabic } from './normalize';
import { DESCRIPTIONS } from './quotes-described-person';
import type { PersonIndex } from './quotes-person-index';
import type { Speaker } from './quotes-speaker';

/** A folded word less its clitics and article (فالشيف، للكاتب، والشاعر → شيف، كاتب، شاعر). */
const bare = (w: string): string => w.replace(/^(?:[وف]?(?:ال|لل|بال)|[وف])(?=\S{2})/, '');

/**
 * The last person mention before `s` whose role words (quotes-person-index) hold the head of
 * `s`, when `s` is a definite description headed by a trade or standing noun (الكاتب، الشيف
 * الفرنسي) and links to no one itself; null otherwise.
 * @example roleNamedPerson({ speaker: 'الشيف الفرنسي', … }, persons) for 'فالشيف غيوم غوميز … يقول الشيف الفرنسي' → { speaker: 'غيوم غوميز', … }
 */
export function roleNamedPerson(s: Speaker, persons: PersonIndex): Speaker | null {
  if (s.entity) return null;
  const words = s.speaker.split(' ').map(foldArabic);
  const first = words[0] as string;
  if (!first.startsWith('ال') || words.length > 5 || !DESCRIPTIONS.has(first.slice(2))) return null;
  const head = first.slice(2);
  const { mentions } = persons;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m || m.start >= s.start) continue;
    for (const w of persons.roles(k)) if (w === head || bare(w) === head) return { speaker: m.name, entity: m.entity, start: s.start, end: s.end };
  }
  return null;
}
