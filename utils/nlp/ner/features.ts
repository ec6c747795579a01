/**
 * Feature extraction for the name tagger. Every feature is a 32-bit key (template id mixed
 * with a value hash, see hash.ts). What a word contributes on its own (its folded form, its
 * clitic-stripped stems, affixes, shape, lexicon classes) is computed once per distinct word
 * and cached; the context features then only mix integers.
 */
import { foldArabic } from '../normalize';
import { procliticSplits } from '../tokenize';
import { hashString, mixHash } from './hash';
import { LEX, LEX_BITS, type NerLexicon } from './lexicon';

// Template ids: changing one invalidates the shipped weights (retrain with `npm run train:ner`).
const T_BIAS = 1, T_W = 2, T_STEM = 3, T_CLITIC = 4, T_PRE = 5, T_SUF = 8, T_SHAPE = 11, T_LEXW = 12, T_LEXS = 13;
const T_NISBA = 14, T_WIN = 20, T_BI_L = 25, T_BI_R = 26, T_STEM_M1 = 27, T_STEM_P1 = 28, T_LEX_AT = 30;
const T_TITLE_CHAIN = 40, T_SPEECH_CHAIN = 41, T_ARTICLE = 42, T_SUF_STEM = 43, T_CHAIN_LEX = 46, T_TRIGRAM = 47;

/** Named templates, so that tests and tools can build a feature key without the extractor. */
export const TEMPLATES = { word: T_W, stem: T_STEM, wordBefore: T_WIN + 1, wordAfter: T_WIN + 3, titleChain: T_TITLE_CHAIN, speechChain: T_SPEECH_CHAIN, nisba: T_NISBA } as const;

/**
 * The key of a feature from a template and a folded string value (or a small number).
 * @example featureKey('stem', 'ماكرون') is among the features of وماكرون
 */
export function featureKey(template: keyof typeof TEMPLATES, value: string | number): number {
  return mixHash(TEMPLATES[template], typeof value === 'string' ? hashString(value) : value);
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const SKIP_IN_CHAIN = LEX.MODIFIER | LEX.DEMONYM | LEX.COUNTRY;

/** What a word gives the tagger without its neighbours. */
export interface WordInfo {
  hash: number;
  /** The word's own feature keys (bias included). */
  local: Uint32Array;
  /** Filled by the run-time tagger: the summed weights of `local`, so a repeated word costs nothing. */
  scores: Float64Array | null;
  /** Class bits of the whole word or any of its stems. */
  lex: number;
  stems: Uint32Array;
  /** ال…ي / ال…ية adjectives (الفرنسي، التركية), which sit between a title and a name. */
  nisba: boolean;
  /** Keys this word gives a token when it stands 2 before, 1 before, 1 after, 2 after it. */
  asNeighbour: Uint32Array[];
}

const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2];

function neighbourKeys(hash: number, lex: number, stems: readonly number[]): Uint32Array[] {
  return NEIGHBOUR_OFFSETS.map((rel) => {
    const keys = [mixHash(T_WIN + rel + 2, hash)];
    for (let b = 0; b < LEX_BITS; b++) if (lex & (1 << b)) keys.push(mixHash(T_LEX_AT + rel + 2, b));
    if (rel === -1) for (const h of stems) keys.push(mixHash(T_STEM_M1, h));
    if (rel === 1) for (const h of stems) keys.push(mixHash(T_STEM_P1, h));
    return Uint32Array.from(keys);
  });
}

/**
 * The features of one sentence: token i owns keys[offsets[i] .. offsets[i + 1]); when `words`
 * is given, those keys are the context features only and each word's own keys are in
 * words[i].local.
 */
export interface SentenceFeatures {
  offsets: Int32Array;
  keys: Uint32Array;
  words?: WordInfo[];
}

/** Extracts features for token sequences; keeps a bounded cache of per-word work. */
export interface FeatureExtractor {
  /** Every feature key of every token (training). */
  extract(words: readonly string[]): SentenceFeatures;
  /** Context keys per token plus the cached per-word parts (run time). */
  extractContext(words: readonly string[]): SentenceFeatures;
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

/** Switches for feature groups; the defaults are what the shipped model was trained with. */
export interface FeatureOptions {
  /** Letter trigrams of the bare word (transliterated foreign names share them: ـوفيتش، ـسكي). */
  trigrams: boolean;
  /** Word and lexicon features of the stem after a bare conjunction (وأسامة → أسامة). */
  conjunction: boolean;
}

/** The feature groups of the shipped model. */
export const DEFAULT_FEATURES: FeatureOptions = { trigrams: true, conjunction: false };

function wordInfo(word: string, lexicon: NerLexicon, opts: FeatureOptions): WordInfo {
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
  const splits = procliticSplits(word);
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
  return { hash, local: Uint32Array.from(local), scores: null, lex, stems: Uint32Array.from(stems), nisba, asNeighbour: neighbourKeys(hash, lex, stems) };
}

/**
 * A feature extractor over a lexicon, with a cache of at most `cacheSize` distinct words.
 * @example createFeatureExtractor(lexicon).extract(['قال', 'الرئيس', 'ماكرون']).offsets.length → 4
 */
export function createFeatureExtractor(lexicon: NerLexicon, opts: FeatureOptions = DEFAULT_FEATURES, cacheSize = 50_000): FeatureExtractor {
  const cache = new Map<string, WordInfo>();
  let buf = new Uint32Array(4096);
  const info = (w: string): WordInfo => {
    let wi = cache.get(w);
    if (!wi) {
      if (cache.size >= cacheSize) cache.clear();
      wi = wordInfo(w, lexicon, opts);
      cache.set(w, wi);
    }
    return wi;
  };
  const run = (words: readonly string[], withLocal: boolean): SentenceFeatures => {
    const n = words.length;
    const infos = words.map(info);
    const offsets = new Int32Array(n + 1);
    let p = 0;
    const push = (k: number) => { buf[p++] = k; };
    for (let i = 0; i < n; i++) {
      offsets[i] = p;
      const wi = infos[i]!;
      // Room for this token's keys, so that the loop below writes without checks.
      let need = 12 + (withLocal ? wi.local.length : 0);
      for (let d = -2; d <= 2; d++) if (d && i + d >= 0 && i + d < n) need += infos[i + d]!.asNeighbour[d < 0 ? d + 2 : d + 1]!.length;
      if (p + need > buf.length) {
        const bigger = new Uint32Array(Math.max(buf.length * 2, p + need));
        bigger.set(buf.subarray(0, p));
        buf = bigger;
      }
      if (withLocal) { buf.set(wi.local, p); p += wi.local.length; }
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue;
        const j = i + d;
        if (j >= 0 && j < n) {
          const keys = infos[j]!.asNeighbour[d < 0 ? d + 2 : d + 1]!;
          buf.set(keys, p);
          p += keys.length;
        } else buf[p++] = mixHash(T_WIN + d + 2, j < 0 ? BOS : EOS);
      }
      buf[p++] = mixHash(mixHash(T_BI_L, i > 0 ? infos[i - 1]!.hash : BOS), wi.hash);
      buf[p++] = mixHash(mixHash(T_BI_R, wi.hash), i + 1 < n ? infos[i + 1]!.hash : EOS);
      chainFeatures(infos, i, push);
    }
    offsets[n] = p;
    return withLocal ? { offsets, keys: buf.slice(0, p) } : { offsets, keys: buf.slice(0, p), words: infos };
  };
  return { extract: (words) => run(words, true), extractContext: (words) => run(words, false) };
}

/**
 * Looks back over modifiers (الخارجية، التركي، السابق) for a title or a speech verb: in
 * "قال وزير الخارجية التركي مولود" the title is three words before the name.
 */
function chainFeatures(infos: WordInfo[], i: number, push: (k: number) => void): void {
  let skipped = 0;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const wi = infos[j]!;
    if (wi.lex & LEX.TITLE) {
      push(mixHash(T_TITLE_CHAIN, Math.min(skipped, 3)));
      if (skipped > 0) push(mixHash(T_CHAIN_LEX, wi.hash));
      return;
    }
    if (wi.lex & LEX.SPEECH) {
      push(mixHash(T_SPEECH_CHAIN, Math.min(skipped, 3)));
      return;
    }
    if (!(wi.lex & SKIP_IN_CHAIN) && !wi.nisba) return;
    skipped++;
  }
}
