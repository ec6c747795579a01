/**
 * A lone name that is another spelling of the last word of one person named earlier (نيسان
 * سلومنسكي … وقال سلومنك؛ روبرتو أزيفيدو … ونقل البيان عن آزفيدو): a foreign name is transliterated
 * as each writer hears it, and a letter dropped or doubled does not make another person.
 */
import { isSpelling } from './name-spelling';
import { personByNameWords } from './quotes-first-name';
import type { Speaker } from './quotes-speaker';
import type { EntityMention } from './types';

/**
 * The latest person mention before `s` whose name of two words or more ends in another spelling of
 * the folded lone word `folded`, when every such earlier mention is the same person; null otherwise.
 * @example personBySpelling(mentions of 'روبرتو أزيفيدو', 'ازفيدو', s) → { speaker: 'روبرتو أزيفيدو', entity: 'p:روبرتو أزيفيدو', … }
 */
export function personBySpelling(mentions: readonly EntityMention[], folded: string, s: Speaker): Speaker | null {
  return personByNameWords(mentions, s, (words) => isSpelling(folded, words[words.length - 1] as string));
}
