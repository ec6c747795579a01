/**
 * A lone name that is another spelling of the last word of one person named earlier (نيسان
 * سلومنسكي … وقال سلومنك؛ روبرتو أزيفيدو … ونقل البيان عن آزفيدو): a foreign name is transliterated
 * as each writer hears it, and a letter dropped or doubled does not make another person.
 */
import { personByNameWords } from './quotes-first-name';
import type { Speaker } from './quotes-speaker';
import type { EntityMention } from './types';

/** Letters a lone name needs before another spelling of it is looked for (shorter ones differ by a letter as other words). */
const MIN_LETTERS = 5;

/** The edit distance of two words, or limit + 1 when it is more than `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > limit) return limit + 1;
    row = next;
  }
  return row[b.length] as number;
}

/**
 * Whether two folded words are one name spelt two ways: the same first two letters, and at most
 * one letter apart (two for names of seven letters or more); not names with the article, Arabic
 * family names that one letter tells apart (الشهري، الشمري).
 * @example isSpelling('ازفيدو', 'ازيفيدو') → true
 * @example isSpelling('محمود', 'محمد') → false (a name of four letters)
 */
export function isSpelling(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_LETTERS || a.slice(0, 2) !== b.slice(0, 2) || a.startsWith('ال')) return false;
  const limit = Math.max(a.length, b.length) >= 7 ? 2 : 1;
  return distance(a, b, limit) <= limit;
}

/**
 * The latest person mention before `s` whose name of two words or more ends in another spelling of
 * the folded lone word `folded`, when every such earlier mention is the same person; null otherwise.
 * @example personBySpelling(mentions of 'روبرتو أزيفيدو', 'ازفيدو', s) → { speaker: 'روبرتو أزيفيدو', entity: 'p:روبرتو أزيفيدو', … }
 */
export function personBySpelling(mentions: readonly EntityMention[], folded: string, s: Speaker): Speaker | null {
  return personByNameWords(mentions, s, (words) => isSpelling(folded, words[words.length - 1] as string));
}
