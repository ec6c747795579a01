/**
 * The run-time weight table: open addressing from a feature key to where its weights are. A slot
 * is 8 bytes (the key, then the offset of its row in the weights), and the weights stay where
 * they were decoded, tag-major as shipped (weight of tag y at offset + y × stride): loading only
 * hashes the keys. Copying every weight into a row-major record was most of the loading time of
 * the rows, since it runs before V8 has optimised the loop, at tens of nanoseconds per byte.
 *
 * Most keys looked up are in no row (seven in eight of the context keys: bigrams of words the
 * training never saw together), and each such probe was a cache miss in a table of half a
 * megabyte. A bitmap of the stored keys, small enough to stay in cache, answers those first.
 */

/** Bitmap bits per stored row: about one absent key in sixteen passes it (64 KB for the shipped model). */
const BITS_PER_ROW = 16;

/** A table of feature rows over a weights array; key 0 marks an empty slot. */
export interface WeightTable {
  nTags: number;
  mask: number;
  /** Slot s holds its key at keys[2 s] and the offset of its row in `weights` at keys[2 s + 1]. */
  keys: Uint32Array;
  /** The weights, 8-bit (scores are weight × scale) or unquantised (tools only). */
  weights: Int8Array | Float32Array;
  /** Distance in `weights` between a row's consecutive tags (1 row-major, the row count tag-major). */
  stride: number;
  /** One bit per value of a key's top `32 - shift` bits, set for every stored key (no false negatives). */
  present: Uint32Array;
  shift: number;
}

/**
 * An empty table sized for `nFeatures` rows (load factor under 2/3) over `weights`, in which the
 * weight of tag y of a row stored at offset `at` is weights[at + y × stride].
 * @example createWeightTable(3, 9, Int8Array.of(…27 weights), 3).mask → 7
 */
export function createWeightTable(nFeatures: number, nTags: number, weights: Int8Array | Float32Array, stride: number): WeightTable {
  let cap = 1;
  while (cap < nFeatures * 1.5) cap <<= 1;
  let bits = 32, shift = 27;
  while (bits < nFeatures * BITS_PER_ROW && shift > 0) { bits <<= 1; shift--; }
  return { nTags, mask: cap - 1, keys: new Uint32Array(cap * 2), weights, stride, present: new Uint32Array(bits / 32), shift };
}

/**
 * Stores the row of `key`: its weights start at `at` in the table's weights.
 * @example insertRow(t, 42, 0) → the row of 42 is [weights[0], weights[stride], …]
 */
export function insertRow(t: WeightTable, key: number, at: number): void {
  const { keys, mask } = t;
  // (probing inline: a call per row is a good part of loading's cost before V8 optimises it)
  let s = (key ^ (key >>> 15)) & mask;
  while (keys[s << 1] !== 0 && keys[s << 1] !== key) s = (s + 1) & mask;
  keys[s << 1] = key;
  keys[(s << 1) + 1] = at;
  const b = key >>> t.shift;
  t.present[b >>> 5]! |= 1 << (b & 31);
}

/**
 * Stores rows from..to of a tag-major table (row j at offset j), keys[j] being the key of row j.
 * A plain function rather than a loop in the sliced loader: Node 20's V8 optimises a long loop
 * while it runs only outside generators (see LexiconReader).
 * @example insertRows(createWeightTable(2, 2, Int8Array.of(1, 3, -2, -4), 2), Uint32Array.of(42, 43), 0, 2) → rows 42: [1, -2], 43: [3, -4]
 */
export function insertRows(t: WeightTable, keys: Uint32Array, from: number, to: number): void {
  for (let j = from; j < to; j++) insertRow(t, keys[j]!, j);
}

/**
 * A function adding the rows of keys[from, to) into `acc` (unknown keys add nothing).
 * @example rowAdder(t)(acc, Uint32Array.of(42), 0, 1) → acc += [1, -2]
 */
export function rowAdder(t: WeightTable): (acc: Float64Array, keys: Uint32Array, from: number, to: number) => void {
  const { nTags: K, mask, keys: slots, weights, stride, present, shift } = t;
  return (acc, keys, from, to) => {
    for (let j = from; j < to; j++) {
      const k = keys[j]!;
      const b = k >>> shift;
      if ((present[b >>> 5]! & (1 << (b & 31))) === 0) continue;
      let s = (k ^ (k >>> 15)) & mask;
      for (;;) {
        const found = slots[s << 1]!;
        if (found === k) {
          for (let y = 0, r = slots[(s << 1) + 1]!; y < K; y++, r += stride) acc[y] = acc[y]! + weights[r]!;
          break;
        }
        if (found === 0) break;
        s = (s + 1) & mask;
      }
    }
  };
}
