/**
 * A bounded memo from a word to a small integer (class bits, a record's index), kept in one typed
 * array and keyed by two 32-bit hashes of the word's characters (64 bits: a false match among the
 * few tens of thousands of words kept is vanishingly rare, as in word-table.ts).
 *
 * A string-keyed Map was the tagger's costliest look-up: each token is a fresh string, so the map
 * hashed it, followed a bucket chain and compared it with the stored string, three places in
 * memory. Here a look-up hashes the characters and reads one 16-byte slot.
 */

/** Int32 values per slot: the two hashes, the value, padding (a slot never straddles a cache line). */
const SLOT = 4;

/** Words and their values; emptied when it holds `size` words (as RecentWords is). */
export class WordSlots {
  private slots: Int32Array;
  private readonly mask: number;
  private count = 0;
  /** The two hashes of the word last hashed (no pair allocated per look-up). */
  private a = 0;
  private b = 0;

  constructor(private readonly size: number) {
    let cap = 8;
    while (cap < size * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * SLOT);
  }

  /**
   * The slot of `w`, or else the empty slot where it would go (see `isSet`).
   * @example const s = slots.find('مصر'); slots.isSet(s) ? slots.value(s) : slots.put('مصر', 5)
   */
  find(w: string): number {
    this.hash(w);
    return this.probe(this.a, this.b);
  }

  /** Whether slot `s` (from `find`) holds the word. */
  isSet(s: number): boolean {
    return this.slots[s] !== 0;
  }

  /** The value at slot `s`. */
  value(s: number): number {
    return this.slots[s + 2]!;
  }

  /**
   * Stores `v` for `w`, which the memo does not hold; when it already holds `size` words it is
   * emptied first (see `isFull`). The word is hashed again, so that a look-up made in between
   * (the value's maker asking the same memo) cannot misplace it.
   */
  put(w: string, v: number): void {
    if (this.count >= this.size) {
      this.slots.fill(0);
      this.count = 0;
    }
    this.hash(w);
    const s = this.probe(this.a, this.b), t = this.slots;
    t[s] = this.a;
    t[s + 1] = this.b;
    t[s + 2] = v;
    this.count++;
  }

  /** Whether the next `put` empties the memo first. */
  get isFull(): boolean {
    return this.count >= this.size;
  }

  /** Sets `a` and `b` to the word's two 32-bit hashes (FNV-1a and a multiplicative mix; 0 marks an empty slot, so `a` is never 0). */
  private hash(w: string): void {
    let a = 0x811c9dc5, b = 0x9747b28c;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    this.a = a || 1;
    this.b = b;
  }

  private probe(a: number, b: number): number {
    const t = this.slots, mask = this.mask;
    let i = (a ^ (a >>> 15)) & mask;
    for (;;) {
      const s = i * SLOT;
      const k = t[s]!;
      if (k === 0 || (k === a && t[s + 1] === b)) return s;
      i = (i + 1) & mask;
    }
  }
}

/**
 * A bounded memo of per-word records (RecentWords' contract: emptied when it holds `size` words),
 * keyed as WordSlots are; a record's index is kept in the slot.
 */
export class WordRecords<V> {
  private readonly slots: WordSlots;
  private records: V[] = [];

  constructor(size: number) {
    this.slots = new WordSlots(size);
  }

  /**
   * The record kept for `word`, made by `make` when none is.
   * @example new WordRecords<number>(100).get('مصر', (w) => w.length) → 3 (made once, then kept)
   */
  get(word: string, make: (word: string) => V): V {
    const slots = this.slots;
    const s = slots.find(word);
    if (slots.isSet(s)) return this.records[slots.value(s)]!;
    const v = make(word);
    if (slots.isFull) this.records = [];
    slots.put(word, this.records.length);
    this.records.push(v);
    return v;
  }
}
