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
  if (!hook) return { classOf: (w) => map.get(w) ?? 0 };
  return { classOf: (w) => (map.get(w) ?? 0) | hook(w) };
}
