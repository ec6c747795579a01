/**
 * The run-time weight table: open addressing from a feature key to its 8-bit weight row. A slot
 * is one 16-byte record (the key, then up to 12 weights), so a probe touches one cache line; the
 * table can be filled a few thousand rows at a time (the sliced loader).
 *
 * Most keys looked up are in no row (seven in eight of the context keys: bigrams of words the
 * training never saw together), and each such probe was a cache miss in a table of half a
 * megabyte. A bitmap of the stored keys, small enough to stay in cache, answers those first.
 */

/** Bytes per slot: a u32 key and nTags int8 weights, padded. */
const RECORD = 16;
/** Bitmap bits per stored row: about one absent key in sixteen passes it (64 KB for the shipped model). */
const BITS_PER_ROW = 16;

/** A table of feature rows; key 0 marks an empty slot. */
export interface WeightTable {
  nTags: number;
  mask: number;
  /** Slot s holds its key at keys[4 s]. */
  keys: Uint32Array;
  /** Slot s holds its weights at weights[16 s + 4 …]. */
  weights: Int8Array;
  /** Float rows at slot × nTags, for unquantised weights (tools only); null for 8-bit tables. */
  floats: Float32Array | null;
  /** One bit per value of a key's top `32 - shift` bits, set for every stored key (no false negatives). */
  present: Uint32Array;
  shift: number;
}

/**
 * An empty table sized for `nFeatures` rows (load factor under 2/3).
 * @example createWeightTable(3, 9).mask → 7
 */
export function createWeightTable(nFeatures: number, nTags: number, float = false): WeightTable {
  if (nTags > RECORD - 4) throw new Error(`a weight row holds at most ${RECORD - 4} tags`);
  let cap = 1;
  while (cap < nFeatures * 1.5) cap <<= 1;
  const buffer = new ArrayBuffer(cap * RECORD);
  let bits = 32, shift = 27;
  while (bits < nFeatures * BITS_PER_ROW && shift > 0) { bits <<= 1; shift--; }
  const present = new Uint32Array(bits / 32);
  return { nTags, mask: cap - 1, keys: new Uint32Array(buffer), weights: new Int8Array(buffer), floats: float ? new Float32Array(cap * nTags) : null, present, shift };
}

/** Whether `key` may have a row (false: certainly not). */
function mayHold(t: WeightTable, key: number): boolean {
  const b = key >>> t.shift;
  return (t.present[b >>> 5]! & (1 << (b & 31))) !== 0;
}

function slotOf(t: WeightTable, key: number): number {
  let s = (key ^ (key >>> 15)) & t.mask;
  while (t.keys[s * 4] !== 0 && t.keys[s * 4] !== key) s = (s + 1) & t.mask;
  return s;
}

/**
 * Stores the row of `key`: weights src[at + y × stride] for each tag y (stride 1 for a
 * row-major source, the feature count for a tag-major one).
 * @example insertRow(t, 42, Int8Array.of(1, -2), 0, 1) → the row of 42 is [1, -2]
 */
export function insertRow(t: WeightTable, key: number, src: Int8Array | Float32Array, at: number, stride: number): void {
  const s = slotOf(t, key);
  t.keys[s * 4] = key;
  const b = key >>> t.shift;
  t.present[b >>> 5]! |= 1 << (b & 31);
  if (t.floats) for (let y = 0; y < t.nTags; y++) t.floats[s * t.nTags + y] = src[at + y * stride]!;
  else for (let y = 0, r = s * RECORD + 4; y < t.nTags; y++) t.weights[r + y] = src[at + y * stride]!;
}

/**
 * Stores rows from..to of a tag-major source (row j's weight for tag y at src[j + y × stride]).
 * A plain function rather than a loop in the sliced loader: Node 20's V8 optimises a long loop
 * while it runs only outside generators (see LexiconReader).
 * @example insertRows(t, Uint32Array.of(42, 43), Int8Array.of(1, 3, -2, -4), 0, 2, 2) → rows 42: [1, -2], 43: [3, -4]
 */
export function insertRows(t: WeightTable, keys: Uint32Array, src: Int8Array, from: number, to: number, stride: number): void {
  for (let j = from; j < to; j++) insertRow(t, keys[j]!, src, j, stride);
}

/**
 * A function adding the rows of keys[from, to) into `acc` (unknown keys add nothing).
 * @example rowAdder(t)(acc, Uint32Array.of(42), 0, 1) → acc += [1, -2]
 */
export function rowAdder(t: WeightTable): (acc: Float64Array, keys: Uint32Array, from: number, to: number) => void {
  const { nTags: K, mask, keys: slots, weights, floats, present, shift } = t;
  if (floats) {
    return (acc, keys, from, to) => {
      for (let j = from; j < to; j++) {
        const k = keys[j]!;
        if (!mayHold(t, k)) continue;
        const s = slotOf(t, k);
        if (slots[s * 4] === k) for (let y = 0; y < K; y++) acc[y] = acc[y]! + floats[s * K + y]!;
      }
    };
  }
  return (acc, keys, from, to) => {
    for (let j = from; j < to; j++) {
      const k = keys[j]!;
      const b = k >>> shift;
      if ((present[b >>> 5]! & (1 << (b & 31))) === 0) continue;
      let s = (k ^ (k >>> 15)) & mask;
      for (;;) {
        const found = slots[s << 2]!;
        if (found === k) {
          const r = (s << 4) + 4;
          for (let y = 0; y < K; y++) acc[y] = acc[y]! + weights[r + y]!;
          break;
        }
        if (found === 0) break;
        s = (s + 1) & mask;
      }
    }
  };
}
