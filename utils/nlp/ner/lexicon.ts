/**
 * Word classes the tagger sees as features: shipped name lists, the cue words of cues.ts and,
 * through a hook, the country and place data of the country matcher. A class is a bit, so a
 * word that is both a given name and a surname carries both.
 */
import { foldArabic } from '../normalize';
import { MODIFIER_WORDS, ORG_WORDS, PLACE_WORDS, SPEECH_WORDS, TITLE_WORDS, cueList } from './cues';
import { wordTableSteps } from './word-table';
import { spellWord } from './word-spelling';
import { WordSlots } from '../word-slots';

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
  /** The word's cluster code (0: none), when the lexicon carries word clusters (clusters.ts). */
  clusterOf?(folded: string): number;
}

/** Words whose classes are kept (see lexiconOver). */
const CLASSES_CACHED = 20_000;

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
export function buildLexicon(entries: Record<string, number> | Map<string, number>, hook?: LexiconHook, clusterOf?: (folded: string) => number): NerLexicon {
  const map = cueEntries();
  const pairs = entries instanceof Map ? entries.entries() : Object.entries(entries);
  for (const [w, bits] of pairs) map.set(w, (map.get(w) ?? 0) | bits);
  return lexiconOver((w) => map.get(w) ?? 0, hook, clusterOf);
}

/** `lookup`, with the hook's classes added when there is a hook, and the clusters when given. */
function lexiconOver(lookup: (w: string) => number, hook?: LexiconHook, clusterOf?: (folded: string) => number): NerLexicon {
  if (!hook) return clusterOf ? { classOf: lookup, clusterOf } : { classOf: lookup };
  // With the hook a word costs several lookups (the country matcher reads its clitics), and the
  // people and quotation rules ask for the same words many times: recent answers are kept.
  const recent = new WordSlots(CLASSES_CACHED);
  const classesOf = (w: string) => lookup(w) | hook(w);
  const classOf = (w: string): number => recent.get(w, classesOf);
  return clusterOf ? { classOf, clusterOf } : { classOf };
}

/**
 * The shipped text form of lexicon entries: one line per class value, "bits<TAB>word word …",
 * lines and words sorted (a few dozen lines instead of tens of thousands of object keys), each
 * word in the ASCII spelling of word-spelling.ts.
 * @example lexiconText(new Map([['ماكرون', 6], ['بلينكن', 6]])) → '6\tHjplil kGiQnl' (بلينكن ماكرون)
 */
export function lexiconText(entries: Map<string, number>): string {
  const groups = new Map<number, string[]>();
  for (const [w, bits] of entries) {
    if (/[\s]/.test(w)) throw new Error(`lexicon word with white space: ${JSON.stringify(w)}`);
    groups.get(bits)?.push(w) ?? groups.set(bits, [w]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([bits, ws]) => `${bits}\t${ws.sort().map(spellWord).join(' ')}`).join('\n');
}

/**
 * Reads `lexiconText` output in steps (yielding between them), then the cue words; the result
 * classifies words as `buildLexicon` would from the same entries (and carries `clusterOf`).
 * @example run(lexiconSteps('6\tماكرون')).classOf('ماكرون') → 6
 */
export function* lexiconSteps(text: string, hook?: LexiconHook, clusterOf?: (folded: string) => number): Generator<void, NerLexicon> {
  const lookup = yield* wordTableSteps(text, cueEntries());
  return lexiconOver(lookup, hook, clusterOf);
}
