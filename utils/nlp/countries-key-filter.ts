/**
 * A cheap "could this be a first word of a name?" test for the country lookup, which asks it of
 * every word of a page and of its clitic readings (وروسيا → روسيا، للولايات → الولايات). Most
 * words are no such key; reading their length and three letters in a small bit table rules them
 * out without slicing a stem or hashing a string. A word that passes is still looked up.
 */

/** Bits of the table index (a table of 2^16 bytes). */
const BITS = 16;

/** The table index of a word of `length` letters with these first, last and second-last letters. */
function shapeOf(length: number, first: number, last: number, beforeLast: number): number {
  const h = Math.imul(length, 0x9e3779b1) ^ Math.imul(first, 0x85ebca77) ^ Math.imul(last, 0xc2b2ae3d) ^ Math.imul(beforeLast, 0x27d4eb2f);
  return (h ^ (h >>> BITS)) & ((1 << BITS) - 1);
}

/** One byte per shape: 1 when some key has it. */
export type KeyFilter = Uint8Array;

/**
 * The filter of the given keys (folded first words).
 * @example mayBeKey(buildKeyFilter(['روسيا']), 'وروسيا', 1) → true
 */
export function buildKeyFilter(keys: readonly string[]): KeyFilter {
  const filter = new Uint8Array(1 << BITS);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    filter[shapeOf(k.length, k.charCodeAt(0), k.charCodeAt(k.length - 1), k.charCodeAt(k.length - 2))] = 1;
  }
  return filter;
}

/**
 * False when `word.slice(from)` (with `lead` before it when given, as the ا of ل + ال) is surely
 * no key; true when it may be one.
 * @example mayBeKey(buildKeyFilter(['الولايات']), 'للولايات', 1, 'ا') → true
 */
export function mayBeKey(filter: KeyFilter, word: string, from: number, lead?: string): boolean {
  const length = word.length - from + (lead ? 1 : 0);
  const first = lead ? lead.charCodeAt(0) : word.charCodeAt(from);
  // (a one-letter stem: its last letter is its first, the one before it none)
  const last = length === 1 ? first : word.charCodeAt(word.length - 1);
  const beforeLast = length === 2 ? first : length < 2 ? NaN : word.charCodeAt(word.length - 2);
  return filter[shapeOf(length, first, last, beforeLast)] === 1;
}
