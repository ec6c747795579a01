/**
 * One name spelt two ways: a foreign name is transliterated as each writer hears it (أزيفيدو،
 * آزفيدو; بوشنيل، بوشنل), and a letter dropped or doubled does not make another person. The
 * quotation finder reads a lone speaker's name this way (quotes-name-spelling), the people finder
 * links the mentions of one page (people-spelling-link).
 */

/** Letters a name needs before another spelling of it is looked for (shorter ones differ by a letter as other words). */
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
