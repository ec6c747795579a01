/**
 * What one distinct word gives the tagger on its own: its folded form, stems, affixes, shape,
 * lexicon classes and the keys it lends its neighbours. Computed once per word type and cached
 * by the feature extractor; the run-time model adds the word's summed weights to the same record.
 */
import { foldArabic } from '../normalize';
import { cliticReadings } from '../tokenize';
import { hashBits, hashString, idBit, mixKey } from './hash';
import { coarseCluster, fineCluster } from './clusters';
import { shapeOf, trigramHash } from './letters';
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
  /** The same with idBit's second part: the two masks together rule out most words of a page with many names. */
  idMask2: number;
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

// The keys of the word being read, gathered in a reused typed array (a growing JS array was one
// more allocation per new word, and copied again).
let pending = new Uint32Array(256);
let count = 0;

function put(key: number): void {
  if (count === pending.length) {
    const bigger = new Uint32Array(2 * count);
    bigger.set(pending);
    pending = bigger;
  }
  pending[count++] = key;
}

// The stem hashes of the word being read (a word has at most a few dozen readings).
let stems = new Float64Array(32);
let nStems = 0;

/** Adds the keys a word lends its neighbours, one row per offset, and records where each row ends (ends[1 …]). */
function putNeighbourKeys(ends: number[], hash: number, lex: number, coarse: number): void {
  for (let r = 0; r < NEIGHBOUR_OFFSETS.length; r++) {
    const rel = NEIGHBOUR_OFFSETS[r]!;
    put(mixKey(T_WIN + rel + 2, hash));
    if (coarse >= 0 && (rel === -1 || rel === 1)) put(mixKey(T_CLUSTER_AT + rel + 2, coarse));
    for (let b = 0; b < LEX_BITS; b++) if (lex & (1 << b)) put(mixKey(T_LEX_AT + rel + 2, b));
    if (rel === -1) for (let s = 0; s < nStems; s++) put(mixKey(T_STEM_M1, stems[s]!));
    if (rel === 1) for (let s = 0; s < nStems; s++) put(mixKey(T_STEM_P1, stems[s]!));
    ends[r + 1] = count;
  }
}

// Words' keys live in shared blocks: one small typed array per word would each need its own buffer.
let arena = new Uint32Array(1 << 16);
let used = 0;

/** The pending keys, moved into the arena. */
function arenaCopy(): Uint32Array {
  if (used + count > arena.length) {
    arena = new Uint32Array(Math.max(1 << 16, count));
    used = 0;
  }
  const out = arena.subarray(used, used + count);
  for (let i = 0; i < count; i++) out[i] = pending[i]!;
  used += count;
  return out;
}

function putBits(template: number, bits: number): void {
  for (let b = 0; b < LEX_BITS; b++) if (bits & (1 << b)) put(mixKey(template, b));
}

/** The cluster code of the word, or else of its first stem that has one (وماكرون → ماكرون's); 0 for none. */
function clusterOfWord(f: string, splits: readonly { stem: string }[], lexicon: NerLexicon): number {
  if (!lexicon.clusterOf) return 0;
  let code = lexicon.clusterOf(f);
  for (let s = 1; !code && s < splits.length; s++) code = lexicon.clusterOf(splits[s]!.stem);
  return code;
}

/**
 * The features of one word type.
 * @example wordInfo('وماكرون', lexicon, opts).stems → hashes of 'ماكرون'
 */
export function wordInfo(word: string, lexicon: NerLexicon, opts: FeatureOptions): WordInfo {
  const f = foldArabic(word);
  const hash = hashString(f);
  count = 0;
  put(mixKey(T_BIAS, 0));
  put(mixKey(T_W, hash));
  put(mixKey(T_SHAPE, shapeOf(f)));
  const n = f.length;
  for (let k = 1; k <= 3 && k < n; k++) {
    put(mixKey(T_PRE + k - 1, hashBits(f, 0, k)));
    put(mixKey(T_SUF + k - 1, hashBits(f, n - k)));
  }
  const whole = lexicon.classOf(f);
  putBits(T_LEXW, whole);
  let stemBits = 0;
  const ids: number[] = [hash];
  const forms: string[] = [f];
  const splits = cliticReadings(f);
  if (splits.length > stems.length) stems = new Float64Array(splits.length);
  nStems = 0;
  let conjBits = 0;
  for (let s = 1; s < splits.length; s++) {
    const sp = splits[s]!;
    const h = hashString(sp.stem);
    // After a bare conjunction (وأسامة، فماكرون) the stem is the word: share its statistics.
    if (opts.conjunction && (sp.prefix === 'و' || sp.prefix === 'ف')) {
      put(mixKey(T_W, h));
      conjBits = lexicon.classOf(sp.stem);
      putBits(T_LEXW, conjBits & ~whole);
    }
    stems[nStems++] = h;
    if (!sp.article) forms.push(sp.stem);
    if (!sp.article && sp.stem.length >= 3 && !ids.includes(h)) ids.push(h);
    put(mixKey(T_STEM, h));
    put(mixKey(T_CLITIC, hashBits(sp.prefix)));
    stemBits |= lexicon.classOf(sp.stem);
    if (sp.article) {
      put(mixKey(T_ARTICLE, 1));
      const m = sp.stem.length;
      for (let k = 2; k <= 3 && k < m; k++) put(mixKey(T_SUF_STEM + k - 2, hashBits(sp.stem, m - k)));
    }
  }
  putBits(T_LEXS, stemBits & ~whole & ~conjBits);
  const bare = splits.find((s) => s.article)?.stem ?? f;
  if (opts.trigrams) for (let k = 0; k + 3 <= bare.length + 2; k++) put(mixKey(T_TRIGRAM, trigramHash(bare, k)));
  const nisba = bare !== f && bare.length >= 3 && (f.endsWith('ي') || f.endsWith('ية'));
  if (nisba) put(mixKey(T_NISBA, 1));
  const lex = whole | stemBits;
  // A rare name shares weights with the frequent words it stands like (tests/tools/ner-clusters.ts).
  const code = opts.clusters ? clusterOfWord(f, splits, lexicon) : 0;
  const coarse = coarseCluster(code);
  if (coarse >= 0) {
    put(mixKey(T_CLUSTER, fineCluster(code)));
    put(mixKey(T_CLUSTER_C, coarse));
  }
  const ends = [count, 0, 0, 0, 0];
  putNeighbourKeys(ends, hash, lex, coarse);
  let idMask = 0, idMask2 = 0;
  for (const h of ids) {
    idMask |= idBit(h);
    idMask2 |= idBit(h, 1);
  }
  return { hash, folded: f, keys: arenaCopy(), ends, scores: null, scoresAt: 0, lex, ids, idMask, idMask2, nisba, forms };
}

