/**
 * What one distinct word gives the tagger on its own: its folded form, stems, affixes, shape,
 * lexicon classes and the keys it lends its neighbours. Computed once per word type and cached
 * by the feature extractor; the run-time model adds the word's summed weights to the same record.
 */
import { foldArabic } from '../normalize';
import { cliticReadings } from '../tokenize';
import { hashString, idBit, mixHash } from './hash';
import { clusterParts } from './clusters';
import { LEX_BITS, type NerLexicon } from './lexicon';

// Template ids: changing one invalidates the shipped weights (retrain with `npm run train:ner`).
export const T_BIAS = 1, T_W = 2, T_STEM = 3, T_CLITIC = 4, T_PRE = 5, T_SUF = 8, T_SHAPE = 11, T_LEXW = 12, T_LEXS = 13;
export const T_NISBA = 14, T_WIN = 20, T_STEM_M1 = 27, T_STEM_P1 = 28, T_LEX_AT = 30, T_ARTICLE = 42, T_SUF_STEM = 43, T_TRIGRAM = 47;
/** The word's own fine and coarse cluster; the coarse cluster of the word 1 before / 1 after (T_CLUSTER_AT + rel + 2). */
export const T_CLUSTER = 53, T_CLUSTER_C = 54, T_CLUSTER_AT = 55;

/** What a word gives the tagger without its neighbours. */
export interface WordInfo {
  hash: number;
  /** The folded word. */
  folded: string;
  /**
   * The word's own feature keys (bias included), then the keys it gives a token when it stands
   * 2 before, 1 before, 1 after and 2 after it; row r is keys[ends[r - 1] ?? 0 .. ends[r]).
   */
  keys: Uint32Array;
  ends: readonly number[];
  /**
   * Filled by the run-time tagger: the summed weights of each row of `keys` (nTags values per
   * row) at scores[scoresAt …], so that a repeated word costs a few vector additions. `scores`
   * is a block shared by many words (a view per word would be one more object to allocate and
   * to fetch from memory at every token).
   */
  scores: Float32Array | null;
  scoresAt: number;
  /** Class bits of the whole word or any of its stems. */
  lex: number;
  /**
   * Hashes under which the document context counts this word: the whole word and its stems
   * without article of three letters or more.
   */
  ids: readonly number[];
  /** idBit of every hash in `ids`, kept in the record itself: the document pass rules most words out with it. */
  idMask: number;
  /** ال…ي / ال…ية adjectives (الفرنسي، التركية), which sit between a title and a name. */
  nisba: boolean;
  /** Folded forms the word may stand for without article readings (the document pass compares them). */
  forms: readonly string[];
}

/** Switches for feature groups; the defaults are what the shipped model was trained with. */
export interface FeatureOptions {
  /** Letter trigrams of the bare word (transliterated foreign names share them: ـوفيتش، ـسكي). */
  trigrams: boolean;
  /** Word and lexicon features of the stem after a bare conjunction (وأسامة → أسامة). */
  conjunction: boolean;
  /** What the other mentions of the word in the document stand next to (a title, a speech verb, في …). */
  documents: boolean;
  /** Title and speech look-back, and a given name before, crossed with the word's own name class. */
  crosses: boolean;
  /** Word clusters of the word and of the words 1 before and 1 after it (the lexicon's clusterOf). */
  clusters: boolean;
}

const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2];

/** Appends the keys a word lends its neighbours, one row per offset, and records where each row ends. */
function pushNeighbourKeys(keys: number[], ends: number[], hash: number, lex: number, stems: readonly number[], coarse: number): void {
  for (const rel of NEIGHBOUR_OFFSETS) {
    keys.push(mixHash(T_WIN + rel + 2, hash));
    if (coarse >= 0 && (rel === -1 || rel === 1)) keys.push(mixHash(T_CLUSTER_AT + rel + 2, coarse));
    for (let b = 0; b < LEX_BITS; b++) if (lex & (1 << b)) keys.push(mixHash(T_LEX_AT + rel + 2, b));
    if (rel === -1) for (const h of stems) keys.push(mixHash(T_STEM_M1, h));
    if (rel === 1) for (const h of stems) keys.push(mixHash(T_STEM_P1, h));
    ends.push(keys.length);
  }
}

// Words' keys live in shared blocks: one small typed array per word would each need its own buffer.
let arena = new Uint32Array(1 << 16);
let used = 0;

function arenaCopy(keys: readonly number[]): Uint32Array {
  if (used + keys.length > arena.length) {
    arena = new Uint32Array(Math.max(1 << 16, keys.length));
    used = 0;
  }
  const out = arena.subarray(used, used + keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = keys[i]!;
  used += keys.length;
  return out;
}

function shapeOf(f: string): number {
  let arabic = 0, latin = 0, digit = 0, other = 0;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x30 && c <= 0x39) digit++;
    else other++;
  }
  const kind = arabic && !latin && !digit && !other ? 1 : latin && !arabic && !digit && !other ? 2 : digit && !arabic && !latin ? 3 : !arabic && !latin && !digit ? 4 : 5;
  const n = f.length;
  const len = n <= 1 ? 0 : n <= 2 ? 1 : n <= 3 ? 2 : n <= 5 ? 3 : n <= 8 ? 4 : 5;
  const cap = latin && f.charCodeAt(0) >= 0x41 && f.charCodeAt(0) <= 0x5a ? 1 : 0;
  return kind * 16 + len * 2 + cap;
}

function pushBits(out: number[], template: number, bits: number): void {
  for (let b = 0; b < LEX_BITS; b++) if (bits & (1 << b)) out.push(mixHash(template, b));
}

/** The clusters of the word, or else of its first stem that has some (وماكرون → ماكرون's). */
function clusterOfWord(f: string, splits: readonly { stem: string }[], lexicon: NerLexicon): [number, number] | null {
  if (!lexicon.clusterOf) return null;
  let code = lexicon.clusterOf(f);
  for (let s = 1; !code && s < splits.length; s++) code = lexicon.clusterOf(splits[s]!.stem);
  return clusterParts(code);
}

/**
 * The features of one word type.
 * @example wordInfo('وماكرون', lexicon, opts).stems → hashes of 'ماكرون'
 */
export function wordInfo(word: string, lexicon: NerLexicon, opts: FeatureOptions): WordInfo {
  const f = foldArabic(word);
  const hash = hashString(f);
  const local: number[] = [mixHash(T_BIAS, 0), mixHash(T_W, hash), mixHash(T_SHAPE, shapeOf(f))];
  const n = f.length;
  for (let k = 1; k <= 3 && k < n; k++) {
    local.push(mixHash(T_PRE + k - 1, hashString(f, 0, k)), mixHash(T_SUF + k - 1, hashString(f, n - k)));
  }
  const whole = lexicon.classOf(f);
  pushBits(local, T_LEXW, whole);
  let stemBits = 0;
  const stems: number[] = [];
  const ids: number[] = [hash];
  const forms: string[] = [f];
  const splits = cliticReadings(f);
  let conjBits = 0;
  for (let s = 1; s < splits.length; s++) {
    const sp = splits[s]!;
    const h = hashString(sp.stem);
    // After a bare conjunction (وأسامة، فماكرون) the stem is the word: share its statistics.
    if (opts.conjunction && (sp.prefix === 'و' || sp.prefix === 'ف')) {
      local.push(mixHash(T_W, h));
      conjBits = lexicon.classOf(sp.stem);
      pushBits(local, T_LEXW, conjBits & ~whole);
    }
    stems.push(h);
    if (!sp.article) forms.push(sp.stem);
    if (!sp.article && sp.stem.length >= 3 && !ids.includes(h)) ids.push(h);
    local.push(mixHash(T_STEM, h), mixHash(T_CLITIC, hashString(sp.prefix)));
    stemBits |= lexicon.classOf(sp.stem);
    if (sp.article) {
      local.push(mixHash(T_ARTICLE, 1));
      const m = sp.stem.length;
      for (let k = 2; k <= 3 && k < m; k++) local.push(mixHash(T_SUF_STEM + k - 2, hashString(sp.stem, m - k)));
    }
  }
  pushBits(local, T_LEXS, stemBits & ~whole & ~conjBits);
  const bare = splits.find((s) => s.article)?.stem ?? f;
  if (opts.trigrams) {
    const padded = `^${bare}$`;
    for (let k = 0; k + 3 <= padded.length; k++) local.push(mixHash(T_TRIGRAM, hashString(padded, k, k + 3)));
  }
  const nisba = bare !== f && bare.length >= 3 && (f.endsWith('ي') || f.endsWith('ية'));
  if (nisba) local.push(mixHash(T_NISBA, 1));
  const lex = whole | stemBits;
  // A rare name shares weights with the frequent words it stands like (tests/tools/ner-clusters.ts).
  const cluster = opts.clusters ? clusterOfWord(f, splits, lexicon) : null;
  if (cluster) local.push(mixHash(T_CLUSTER, cluster[0]), mixHash(T_CLUSTER_C, cluster[1]));
  const ends = [local.length];
  pushNeighbourKeys(local, ends, hash, lex, stems, cluster ? cluster[1] : -1);
  let idMask = 0;
  for (const h of ids) idMask |= idBit(h);
  return { hash, folded: f, keys: arenaCopy(local), ends, scores: null, scoresAt: 0, lex, ids, idMask, nisba, forms };
}

