/**
 * 32-bit hashing for tagger features: a feature is a template id mixed with the hash of its
 * value, so no feature string is ever built in the hot path. Training and run time share these
 * functions, which is what keeps a shipped weight table valid.
 */

/**
 * FNV-1a over the UTF-16 code units of `s` (or of `s.slice(from, to)` without slicing).
 * @example hashString('ماكرون') === hashString('وماكرون', 1) → true
 */
export function hashString(s: string, from = 0, to = s.length): number {
  return hashBits(s, from, to) >>> 0;
}

/**
 * `hashString` as a signed 32-bit integer (the same bits), for a value that only feeds `mixKey`:
 * V8 keeps an int32 unboxed, while an unsigned value above 2^31 returned from a call is a heap number.
 * @example hashBits('ماكرون') >>> 0 === hashString('ماكرون') → true
 */
export function hashBits(s: string, from = 0, to = s.length): number {
  let h = SEED_A | 0;
  for (let i = from; i < to; i++) h = stepA(h, s.charCodeAt(i));
  return h;
}

/**
 * Seeds and steps of a word's two 32-bit hashes, FNV-1a (as hashString) and a Murmur-style
 * multiplier: together 64 bits, so that word tables keyed by them (word-table.ts, word-slots.ts)
 * need not keep the word itself.
 */
export const SEED_A = 0x811c9dc5;
export const SEED_B = 0x9747b28c;
/** The multipliers of the two steps, for a loop that inlines them (word-table.ts). */
export const MUL_A = 0x01000193;
export const MUL_B = 0x5bd1e995;
export const stepA = (h: number, c: number): number => Math.imul(h ^ c, MUL_A);
export const stepB = (h: number, c: number): number => Math.imul(h ^ c, MUL_B);

/**
 * Combines two 32-bit values into a well-spread 32-bit feature key, never 0 (0 marks an empty
 * slot in the weight table).
 * @example mixHash(1, hashString('الرئيس')) !== mixHash(2, hashString('الرئيس')) → true
 */
export function mixHash(a: number, b: number): number {
  return mixKey(a, b) >>> 0;
}

/**
 * `mixHash` as a signed 32-bit integer (the same bits), for a key written into a Uint32Array:
 * no heap number is made for it (see hashBits).
 * @example new Uint32Array([mixKey(1, 2)])[0] === mixHash(1, 2) → true
 */
export function mixKey(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = a ^ k;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/**
 * The bit of a word hash in a 32-bit mask of several hashes (WordInfo.idMask): a hash whose
 * bit a mask lacks is none of the hashes it was made of. `part` 1 reads the next five bits of
 * the hash (WordInfo.idMask2), a second mask that rules out other words.
 * @example (idBit(hashString('ماكرون')) & idBit(hashString('ماكرون'))) !== 0 → true
 */
export function idBit(h: number, part = 0): number {
  return 1 << ((h >>> (5 * part)) & 31);
}
