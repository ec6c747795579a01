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
  return lexiconOver(map, hook);
}

function lexiconOver(map: Map<string, number>, hook?: LexiconHook): NerLexicon {
  if (!hook) return { classOf: (w) => map.get(w) ?? 0 };
  return { classOf: (w) => (map.get(w) ?? 0) | hook(w) };
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

/**
 * A table from a word's two 32-bit hashes (64 bits together: a false match is vanishingly rare
 * among tens of thousands of words) to its class bits; built from text without making a string
 * per word, which is what made the lexicon the slowest part of loading.
 */
class HashedWords {
  private h1: Uint32Array;
  private h2: Uint32Array;
  private bits: Uint16Array;
  private mask: number;
  constructor(capacity: number) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.mask = cap - 1;
    this.h1 = new Uint32Array(cap);
    this.h2 = new Uint32Array(cap);
    this.bits = new Uint16Array(cap);
  }
  add(a: number, b: number, bits: number): void {
    let s = a & this.mask;
    while (this.h1[s] !== 0 && (this.h1[s] !== a || this.h2[s] !== b)) s = (s + 1) & this.mask;
    this.h1[s] = a;
    this.h2[s] = b;
    this.bits[s] = this.bits[s]! | bits;
  }
  get(a: number, b: number): number {
    let s = a & this.mask;
    for (;;) {
      const f = this.h1[s]!;
      if (f === a && this.h2[s] === b) return this.bits[s]!;
      if (f === 0) return 0;
      s = (s + 1) & this.mask;
    }
  }
  classOf(w: string): number {
    let a = 0x811c9dc5, b = 0x9747b28c;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return this.get(a >>> 0 || 1, b >>> 0);
  }
}

/**
 * Reads `lexiconText` output in steps (yielding between them), then the cue words; the result
 * classifies words as `buildLexicon` would from the same entries.
 * @example run(lexiconSteps('6\tماكرون')).classOf('ماكرون') → 6
 */
export function* lexiconSteps(text: string, hook?: LexiconHook): Generator<void, NerLexicon> {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a) count++;
  const cues = cueEntries();
  const table = new HashedWords(count + cues.size);
  for (const [w, bits] of cues) {
    let a = 0x811c9dc5, b = 0x9747b28c;
    for (let i = 0; i < w.length; i++) {
      a = Math.imul(a ^ w.charCodeAt(i), 0x01000193);
      b = Math.imul(b ^ w.charCodeAt(i), 0x5bd1e995);
    }
    table.add(a >>> 0 || 1, b >>> 0, bits);
  }
  yield;
  let bits = 0, inWords = false, empty = true;
  let a = 0x811c9dc5, b = 0x9747b28c;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (!inWords) {
      if (c === 0x09) { inWords = true; continue; }
      if (c >= 0x30 && c <= 0x39) bits = bits * 10 + c - 0x30;
      continue;
    }
    if (c === 0x20 || c === 0x0a) {
      if (!empty) table.add(a >>> 0 || 1, b >>> 0, bits);
      a = 0x811c9dc5; b = 0x9747b28c; empty = true;
      if (c === 0x0a) { inWords = false; bits = 0; }
    } else {
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      empty = false;
    }
    if (i % CHARS_PER_STEP === CHARS_PER_STEP - 1) yield;
  }
  if (!hook) return { classOf: (w) => table.classOf(w) };
  return { classOf: (w) => table.classOf(w) | hook(w) };
}
