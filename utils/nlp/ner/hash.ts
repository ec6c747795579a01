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
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combines two 32-bit values into a well-spread 32-bit feature key, never 0 (0 marks an empty
 * slot in the weight table).
 * @example mixHash(1, hashString('الرئيس')) !== mixHash(2, hashString('الرئيس')) → true
 */
export function mixHash(a: number, b: number): number {
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
  return h === 0 ? 1 : h >>> 0;
}

/**
 * The bit of a word hash in a 32-bit mask of several hashes (WordInfo.idMask): a hash whose
 * bit a mask lacks is none of the hashes it was made of.
 * @example (idBit(hashString('ماكرون')) & idBit(hashString('ماكرون'))) !== 0 → true
 */
export function idBit(h: number): number {
  return 1 << (h & 31);
}
