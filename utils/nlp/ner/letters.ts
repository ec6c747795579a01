/**
 * What the tagger reads off a word's letters alone: its shape class (script, length, capital)
 * and its letter trigrams, hashed without building the padded word.
 */
import { SEED_A, stepA } from './hash';

/**
 * Script, length class and Latin capital of a folded word, as one small number.
 * @example shapeOf('ماكرون') === shapeOf('بلينكن') → true
 */
export function shapeOf(f: string): number {
  let arabic = 0, latin = 0, digit = 0, other = 0;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x30 && c <= 0x39) digit++;
    else other++;
  }
  const kind = arabic && !latin && !digit && !other ? 1 : latin && !arabic && !digit && !other ? 2 : digit && !arabic && !latin ? 3 : !arabic && !latin && !digit ? 4 : 5;
  const n = f.length;
  const len = n <= 1 ? 0 : n <= 2 ? 1 : n <= 3 ? 2 : n <= 5 ? 3 : n <= 8 ? 4 : 5;
  const cap = latin && f.charCodeAt(0) >= 0x41 && f.charCodeAt(0) <= 0x5a ? 1 : 0;
  return kind * 16 + len * 2 + cap;
}

/**
 * hashBits (hash.ts) of the three letters from j of `^${w}$`, without building that string.
 * @example trigramHash('ab', 0) >>> 0 === hashString('^ab') → true
 */
export function trigramHash(w: string, j: number): number {
  let h = SEED_A | 0;
  for (let i = j; i < j + 3; i++) h = stepA(h, i === 0 ? 0x5e : i > w.length ? 0x24 : w.charCodeAt(i - 1));
  return h;
}
