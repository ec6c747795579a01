/**
 * The shipped word lists' loader: "value<TAB>word word …" lines (lexicon.ts lexiconText) hashed
 * into a compact table a slice at a time, for the name classes and the word clusters alike.
 * The words are in the ASCII spelling of word-spelling.ts, and the table hashes words as spelled:
 * the text's characters as they stand, a word looked up spelled as it is hashed.
 */
import { MUL_A, MUL_B, SEED_A, SEED_B, stepA, stepB } from './hash';
import { SPELLED_FIRST, SPELLED_LAST, SPELLING_ESCAPE, SPELLING_LETTER, isEscapedInSpelling } from './word-spelling';

/** Characters of lexicon text read per loading step (well under a millisecond). */
const CHARS_PER_STEP = 60_000;
/**
 * Characters per word the table is first sized for: the shipped texts have 7 to 8.5 (the word,
 * its separator, a line's value), and the table grows if a text has shorter words.
 */
const CHARS_PER_WORD = 7;

/**
 * A table from a word's two 32-bit hashes (64 bits together: a false match is vanishingly rare
 * among tens of thousands of words) to a 16-bit value (class bits, a cluster code); `wordTableSteps` fills it from the shipped
 * text without making a string per word, which is what made the lexicon the slowest part of loading.
 */
class HashedWords {
  private h1: Uint32Array;
  private h2: Uint32Array;
  private bits: Uint16Array;
  private mask: number;
  private count = 0;
  /** A table for about `capacity` words (it doubles when it is half full). */
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
    if (this.h1[s] === 0) {
      if (++this.count * 2 > this.h1.length) {
        this.grow();
        this.add(a, b, bits);
        return;
      }
      this.h1[s] = a >>> 0 || 1;
      this.h2[s] = b >>> 0;
    }
    this.bits[s] = this.bits[s]! | bits;
  }
  /** Doubles the table, moving every word into it. */
  private grow(): void {
    const { h1, h2, bits } = this;
    const cap = h1.length * 2;
    this.mask = cap - 1;
    this.h1 = new Uint32Array(cap);
    this.h2 = new Uint32Array(cap);
    this.bits = new Uint16Array(cap);
    this.count = 0;
    for (let s = 0; s < h1.length; s++) if (h1[s] !== 0) this.add(h1[s]!, h2[s]!, bits[s]!);
  }
  /** Adds a word as written out (it is hashed as spelled). */
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
  /** The two hashes of `w` as spelled (`spellWord`), left in ha and hb (no pair allocated: classOf runs for every word read). */
  private ha = 0;
  private hb = 0;
  private hash(w: string): void {
    let a = SEED_A, b = SEED_B;
    for (let i = 0; i < w.length; i++) {
      let c = w.charCodeAt(i);
      if (c >= SPELLED_FIRST && c <= SPELLED_LAST) c = SPELLING_LETTER[c - SPELLED_FIRST]!;
      else if (isEscapedInSpelling(c)) {
        a = stepA(a, SPELLING_ESCAPE);
        b = stepB(b, SPELLING_ESCAPE);
      }
      a = stepA(a, c);
      b = stepB(b, c);
    }
    this.ha = a;
    this.hb = b;
  }
}

/**
 * Hashes the words of lexicon text into a table, a range of characters per call. The loop lives
 * in a plain method, not in the generator that calls it: Node 20's V8 optimises a long loop while
 * it runs (on-stack replacement) only outside generators, where it ran four times slower
 * (Chromium 156 optimises both alike). Most of the text is read before V8 has optimised the loop
 * at all, so the loop body is kept short: the hash steps are inlined (a call per character was a
 * third of its unoptimised cost) and the end of the text is handled once, by `finish`.
 */
class LexiconReader {
  private bits = 0;
  private inWords = false;
  private empty = true;
  private a = SEED_A;
  private b = SEED_B;
  constructor(private readonly text: string, private readonly table: HashedWords) {}
  /** Reads characters [from, to) of the text. */
  read(from: number, to: number): void {
    const { text, table } = this;
    let { bits, inWords, empty, a, b } = this;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
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
        a = Math.imul(a ^ c, MUL_A);
        b = Math.imul(b ^ c, MUL_B);
        empty = false;
      }
    }
    this.bits = bits;
    this.inWords = inWords;
    this.empty = empty;
    this.a = a;
    this.b = b;
  }
  /** Ends the last line (the text need not end with a line break). */
  finish(): void {
    if (this.inWords && !this.empty) this.table.add(this.a, this.b, this.bits);
  }
}

/**
 * Reads `lexiconText` output (any word → 16-bit value lines, the words spelled) in steps,
 * yielding between them, on top of the `first` entries (words written out); the lookup, given a
 * word written out, gives 0 for a word in neither.
 * @example run(wordTableSteps('6\tkGiQnl'))('ماكرون') → 6
 */
export function* wordTableSteps(text: string, first: Map<string, number> = new Map()): Generator<void, (folded: string) => number> {
  const table = new HashedWords(Math.ceil(text.length / CHARS_PER_WORD) + first.size);
  for (const [w, bits] of first) table.addWord(w, bits);
  yield;
  // "bits<TAB>word word …" lines, hashed character by character.
  const reader = new LexiconReader(text, table);
  for (let i = 0; i < text.length; i += CHARS_PER_STEP) {
    reader.read(i, Math.min(text.length, i + CHARS_PER_STEP));
    yield;
  }
  reader.finish();
  return (w) => table.classOf(w);
}
