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

/** Words and their integer values (class bits, a record's index). */
export class WordSlots {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** `onEmpty` is called when the memo is emptied, before the word that found it full is made. */
  constructor(private readonly size: number, private readonly onEmpty?: () => void) {
    let cap = 8;
    while (cap < size * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * SLOT);
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
    const t = this.slots;
    let s = this.probe(a, b);
    if (t[s] !== 0) return t[s + 2]!;
    if (this.count >= this.size) {
      t.fill(0);
      this.count = 0;
      this.onEmpty?.();
    }
    const v = make(w);
    // Probed again: `make` may have asked this memo for other words.
    s = this.probe(a, b);
    if (t[s] === 0) this.count++;
    t[s] = a;
    t[s + 1] = b;
    t[s + 2] = v;
    return v;
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

  constructor(size: number) {
    this.slots = new WordSlots(size, () => { this.records = []; });
  }

  /**
   * The record kept for `word`, made by `make` when none is.
   * @example new WordRecords<number>(100).get('مصر', (w) => w.length) → 3 (made once, then kept)
   */
  get(word: string, make: (word: string) => V): V {
    // (the index first: the records may be emptied while it is found)
    const i = this.slots.get(word, (w) => this.records.push(make(w)) - 1);
    return this.records[i]!;
  }
}
