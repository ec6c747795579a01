/**
 * The shipped word lists' loader: "value<TAB>word word …" lines (lexicon.ts lexiconText) hashed
 * into a compact table a slice at a time, for the name classes and the word clusters alike.
 */
import { SEED_A, SEED_B, stepA, stepB } from './hash';

/** Characters of lexicon text read per loading step (well under a millisecond). */
const CHARS_PER_STEP = 60_000;

/**
 * A table from a word's two 32-bit hashes (64 bits together: a false match is vanishingly rare
 * among tens of thousands of words) to a 16-bit value (class bits, a cluster code); `wordTableSteps` fills it from the shipped
 * text without making a string per word, which is what made the lexicon the slowest part of loading.
 */
class HashedWords {
  private readonly h1: Uint32Array;
  private readonly h2: Uint32Array;
  private readonly bits: Uint16Array;
  private readonly mask: number;
  constructor(capacity: number) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.mask = cap - 1;
    this.h1 = new Uint32Array(cap);
    this.h2 = new Uint32Array(cap);
    this.bits = new Uint16Array(cap);
  }
  /** Adds `bits` to the word whose running hashes are `a`, `b`. */
  add(a: number, b: number, bits: number): void {
    const s = this.find(a >>> 0 || 1, b >>> 0);
    this.h1[s] = a >>> 0 || 1;
    this.h2[s] = b >>> 0;
    this.bits[s] = this.bits[s]! | bits;
  }
  addWord(w: string, bits: number): void {
    this.hash(w);
    this.add(this.ha, this.hb, bits);
  }
  classOf(w: string): number {
    this.hash(w);
    const s = this.find(this.ha >>> 0 || 1, this.hb >>> 0);
    return this.h1[s] === 0 ? 0 : this.bits[s]!;
  }
  /** The slot holding hashes (a, b), or the empty slot where they would go (0 in h1 marks empty; a is never 0). */
  private find(a: number, b: number): number {
    let s = a & this.mask;
    while (this.h1[s] !== 0 && (this.h1[s] !== a || this.h2[s] !== b)) s = (s + 1) & this.mask;
    return s;
  }
  /** The two hashes of `w`, left in ha and hb (no pair allocated: classOf runs for every word read). */
  private ha = 0;
  private hb = 0;
  private hash(w: string): void {
    let a = SEED_A, b = SEED_B;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      a = stepA(a, c);
      b = stepB(b, c);
    }
    this.ha = a;
    this.hb = b;
  }
}

/** Spaces and line breaks in `text`, found by indexOf: a loop over every character runs slowly while V8 has not yet optimised it. */
function separators(text: string): number {
  let n = 0;
  for (const sep of [' ', '\n']) for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) n++;
  return n;
}

/**
 * Hashes the words of lexicon text into a table, a range of characters per call. The loop lives
 * in a plain method, not in the generator that calls it: Node 20's V8 optimises a long loop while
 * it runs (on-stack replacement) only outside generators, where it ran four times slower
 * (Chromium 156 optimises both alike).
 */
class LexiconReader {
  private bits = 0;
  private inWords = false;
  private empty = true;
  private a = SEED_A;
  private b = SEED_B;
  constructor(private readonly text: string, private readonly table: HashedWords) {}
  /** Reads characters [from, to); the index text.length stands for a final line break. */
  read(from: number, to: number): void {
    const { text, table } = this;
    let { bits, inWords, empty, a, b } = this;
    for (let i = from; i < to; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0x0a;
      if (!inWords) {
        if (c === 0x09) inWords = true;
        else if (c >= 0x30 && c <= 0x39) bits = bits * 10 + c - 0x30;
      } else if (c === 0x20 || c === 0x0a) {
        if (!empty) table.add(a, b, bits);
        a = SEED_A;
        b = SEED_B;
        empty = true;
        if (c === 0x0a) {
          inWords = false;
          bits = 0;
        }
      } else {
        a = stepA(a, c);
        b = stepB(b, c);
        empty = false;
      }
    }
    this.bits = bits;
    this.inWords = inWords;
    this.empty = empty;
    this.a = a;
    this.b = b;
  }
}

/**
 * Reads `lexiconText` output (any word → 16-bit value lines) in steps, yielding between them,
 * on top of the `first` entries; the lookup gives 0 for a word in neither.
 * @example run(wordTableSteps('6\tماكرون'))('ماكرون') → 6
 */
export function* wordTableSteps(text: string, first: Map<string, number> = new Map()): Generator<void, (folded: string) => number> {
  const table = new HashedWords(separators(text) + 1 + first.size);
  for (const [w, bits] of first) table.addWord(w, bits);
  yield;
  // "bits<TAB>word word …" lines, hashed character by character.
  const reader = new LexiconReader(text, table);
  for (let i = 0; i <= text.length; i += CHARS_PER_STEP) {
    reader.read(i, Math.min(text.length + 1, i + CHARS_PER_STEP));
    yield;
  }
  return (w) => table.classOf(w);
}
