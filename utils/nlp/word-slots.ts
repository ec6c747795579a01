/**
 * Bounded memos of per-word work (a word's clitic readings, its lexicon classes, its tagger
 * features), emptied when they hold `size` words, keyed by the word's two 32-bit hashes (64 bits:
 * a false match among the few tens of thousands of words kept is vanishingly rare, as in
 * ner/word-table.ts) in one typed array.
 *
 * A string-keyed Map was the tagger's costliest look-up: each token is a fresh string, so the map
 * hashed it, followed a bucket chain and compared it with the stored string, three places in
 * memory. Here a look-up hashes the characters and reads one 16-byte slot. Emptying the memo
 * when full was measured faster than keeping two generations: the few common words are made
 * again once per turnover.
 */
import { SEED_A, SEED_B, stepA, stepB } from './ner/hash';

/** Int32 values per slot: the two hashes, the value, padding (a slot never straddles a cache line). */
const SLOT = 4;
/** Slots a table starts with. */
const START_SLOTS = 1024;

/** Words and their integer values (class bits, a record's index). */
export class WordSlots {
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /**
   * `onEmpty` is called when the memo is emptied, before the word that found it full is made. The
   * table starts small and doubles as words come (at most twice `size` slots), so that a page's
   * first call does not pay for zeroing megabytes it may never use.
   */
  constructor(private readonly size: number, private readonly onEmpty?: () => void) {
    this.mask = START_SLOTS - 1;
    this.slots = new Int32Array(START_SLOTS * SLOT);
  }

  /**
   * The value kept for `w`, made by `make` when none is (emptying the memo first when it is full).
   * @example new WordSlots(100).get('مصر', (w) => w.length) → 3 (made once, then kept)
   */
  get(w: string, make: (w: string) => number): number {
    let a = SEED_A, b = SEED_B;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      a = stepA(a, c);
      b = stepB(b, c);
    }
    // (0 in the first hash marks an empty slot)
    a = a || 1;
    const found = this.probe(a, b);
    if (this.slots[found] !== 0) return this.slots[found + 2]!;
    if (this.count >= this.size) {
      this.slots.fill(0);
      this.count = 0;
      this.onEmpty?.();
    }
    const v = make(w);
    // Half full: twice the slots (while under twice the words kept), so that probes stay short.
    if ((this.count + 1) * 2 > this.mask + 1 && this.mask + 1 < this.size * 2) this.grow();
    // Probed again: `make` may have asked this memo for other words, and the table may have grown.
    const t = this.slots;
    const s = this.probe(a, b);
    if (t[s] === 0) this.count++;
    t[s] = a;
    t[s + 1] = b;
    t[s + 2] = v;
    return v;
  }

  /** Doubles the table, placing every word again. */
  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * SLOT);
    for (let s = 0; s < old.length; s += SLOT) {
      const a = old[s]!;
      if (a === 0) continue;
      const to = this.probe(a, old[s + 1]!);
      this.slots[to] = a;
      this.slots[to + 1] = old[s + 1]!;
      this.slots[to + 2] = old[s + 2]!;
    }
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

/** A bounded memo of per-word records, kept as WordSlots keeps values; a record's index is in the slot. */
export class WordRecords<V> {
  private readonly slots: WordSlots;
  private records: V[] = [];
  /** The maker of the look-up under way, read by `store` (a closure made per look-up was an allocation per token). */
  private make: ((word: string) => V) | null = null;
  /** Makes the record of a word the slots lack and gives its index (made once, with the memo). */
  private readonly store = (w: string): number => this.records.push(this.make!(w)) - 1;

  constructor(size: number) {
    this.slots = new WordSlots(size, () => { this.records = []; });
  }

  /**
   * The record kept for `word`, made by `make` when none is.
   * @example new WordRecords<number>(100).get('مصر', (w) => w.length) → 3 (made once, then kept)
   */
  get(word: string, make: (word: string) => V): V {
    // (`store` reads `make` before calling it, so a `make` that asks this memo for another word is safe)
    this.make = make;
    // (the index first: the records may be emptied while it is found)
    const i = this.slots.get(word, this.store);
    return this.records[i]!;
  }
}
