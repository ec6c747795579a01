/**
 * A lone name that is the first word of one person named earlier (وقال "كورتز كوبر" نائب المتحدث
 * … . وأضاف "كورتز" في تغريدة): the article calls them by their given name, and a later
 * description (وأكد المسؤول الأمريكي) goes back to them as to the person.
 */
import { foldArabic } from './normalize';
import type { Speaker } from './quotes-speaker';
import type { EntityMention } from './types';

/**
 * The latest person mention before `s` whose name of two words or more opens with the folded
 * word `folded`, when every such earlier mention is the same person; null otherwise.
 * @example personByFirstName(mentions of 'كورتز كوبر', 'كورتز', s) → { speaker: 'كورتز كوبر', entity: 'p:كورتز كوبر', … }
 */
export function personByFirstName(mentions: readonly EntityMention[], folded: string, s: Speaker): Speaker | null {
  return personByNameWords(mentions, s, (words) => words[0] === folded);
}

/**
 * The latest person mention before `s` whose name of two words or more (folded words) `fits`,
 * when every such earlier mention is the same person, as `s` stands; null otherwise.
 * @example personByNameWords(mentions of 'كورتز كوبر', s, (w) => w[1] === 'كوبر') → { speaker: 'كورتز كوبر', … }
 */
export function personByNameWords(mentions: readonly EntityMention[], s: Speaker, fits: (words: readonly string[]) => boolean): Speaker | null {
  let found: EntityMention | null = null;
  for (const m of mentions) {
    if (m.start >= s.start) break;
    const words = foldArabic(m.name).split(' ');
    if (words.length < 2 || !fits(words)) continue;
    if (found && found.entity !== m.entity) return null;
    found = m;
  }
  return found && { speaker: found.name, entity: found.entity, start: s.start, end: s.end };
}
