/**
 * Word classes the tagger sees as features: shipped name lists, the cue words of cues.ts and,
 * through a hook, the country and place data of the country matcher. A class is a bit, so a
 * word that is both a given name and a surname carries both.
 */
import { foldArabic } from '../normalize';
import { MODIFIER_WORDS, ORG_WORDS, PLACE_WORDS, SPEECH_WORDS, TITLE_WORDS, cueList } from './cues';

/** The class bits of the lexicon. */
export const LEX = {
  /** A given name (arabic-name-to-en, first tokens of known people). */
  GIVEN: 1 << 0,
  /** Any token of a known person's name (ArWikiCats, world leaders). */
  PERSON: 1 << 1,
  /** The last token of a known multi-token person's name. */
  SURNAME: 1 << 2,
  TITLE: 1 << 3,
  SPEECH: 1 << 4,
  COUNTRY: 1 << 5,
  DEMONYM: 1 << 6,
  PLACE: 1 << 7,
  /** Tokens annotated as persons, places, organisations, other names in the CC BY-SA corpora. */
  CORPUS_PERS: 1 << 8,
  CORPUS_LOC: 1 << 9,
  CORPUS_ORG: 1 << 10,
  CORPUS_MISC: 1 << 11,
  ORG_CUE: 1 << 12,
  PLACE_CUE: 1 << 13,
  MODIFIER: 1 << 14,
  /** Seen at least three times in the corpora and almost never inside a name. */
  COMMON: 1 << 15,
} as const;

/** Number of class bits in use. */
export const LEX_BITS = 16;

/** Looks up the class bits of a folded word (0 when it is in no list). */
export interface NerLexicon {
  classOf(folded: string): number;
}

/** Extra classes from elsewhere (the country matcher), given a folded word. */
export type LexiconHook = (folded: string) => number;

function cueEntries(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (block: string, bit: number) => {
    for (const w of cueList(block)) {
      const f = foldArabic(w);
      out.set(f, (out.get(f) ?? 0) | bit);
    }
  };
  add(TITLE_WORDS, LEX.TITLE);
  add(SPEECH_WORDS, LEX.SPEECH);
  add(ORG_WORDS, LEX.ORG_CUE);
  add(PLACE_WORDS, LEX.PLACE_CUE);
  add(MODIFIER_WORDS, LEX.MODIFIER);
  return out;
}

/**
 * A lexicon from folded word → class bits entries, plus the cue words and an optional hook.
 * @example buildLexicon({ 'ماكرون': LEX.PERSON }).classOf('ماكرون') → LEX.PERSON
 * @example buildLexicon({}).classOf('الرئيس') → LEX.TITLE
 */
export function buildLexicon(entries: Record<string, number> | Map<string, number>, hook?: LexiconHook): NerLexicon {
  const map = cueEntries();
  const pairs = entries instanceof Map ? entries.entries() : Object.entries(entries);
  for (const [w, bits] of pairs) map.set(w, (map.get(w) ?? 0) | bits);
  return lexiconOver((w) => map.get(w) ?? 0, hook);
}

/** `lookup`, with the hook's classes added when there is a hook. */
function lexiconOver(lookup: (w: string) => number, hook?: LexiconHook): NerLexicon {
  if (!hook) return { classOf: lookup };
  return { classOf: (w) => lookup(w) | hook(w) };
}

/**
 * The shipped text form of lexicon entries: one line per class value, "bits<TAB>word word …",
 * lines and words sorted (a few dozen lines instead of tens of thousands of object keys).
 * @example lexiconText(new Map([['ماكرون', 6], ['بلينكن', 6]])) → '6\tبلينكن ماكرون'
 */
export function lexiconText(entries: Map<string, number>): string {
  const groups = new Map<number, string[]>();
  for (const [w, bits] of entries) {
    if (/[\s]/.test(w)) throw new Error(`lexicon word with white space: ${JSON.stringify(w)}`);
    groups.get(bits)?.push(w) ?? groups.set(bits, [w]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([bits, ws]) => `${bits}\t${ws.sort().join(' ')}`).join('\n');
}

/** Characters of lexicon text read per loading step (well under a millisecond). */
const CHARS_PER_STEP = 60_000;

/** Seeds and steps of the two 32-bit hashes (FNV-1a and a Murmur-style multiplier) of a word. */
const SEED_A = 0x811c9dc5;
const SEED_B = 0x9747b28c;
const stepA = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const stepB = (h: number, c: number) => Math.imul(h ^ c, 0x5bd1e995);

/**
 * A table from a word's two 32-bit hashes (64 bits together: a false match is vanishingly rare
 * among tens of thousands of words) to its class bits; `lexiconSteps` fills it from the shipped
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
 * Reads `lexiconText` output in steps (yielding between them), then the cue words; the result
 * classifies words as `buildLexicon` would from the same entries.
 * @example run(lexiconSteps('6\tماكرون')).classOf('ماكرون') → 6
 */
export function* lexiconSteps(text: string, hook?: LexiconHook): Generator<void, NerLexicon> {
  const cues = cueEntries();
  const table = new HashedWords(separators(text) + 1 + cues.size);
  for (const [w, bits] of cues) table.addWord(w, bits);
  yield;
  // "bits<TAB>word word …" lines, hashed character by character.
  const reader = new LexiconReader(text, table);
  for (let i = 0; i <= text.length; i += CHARS_PER_STEP) {
    reader.read(i, Math.min(text.length + 1, i + CHARS_PER_STEP));
    yield;
  }
  return lexiconOver((w) => table.classOf(w), hook);
}
