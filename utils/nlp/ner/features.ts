/**
 * Feature extraction for the name tagger. Every feature is a 32-bit key (template id mixed
 * with a value hash, see hash.ts). What a word contributes on its own is computed once per
 * distinct word (word-info.ts); the context features then only mix integers.
 */
import { hashString, mixHash, mixKey } from './hash';
import { WordRecords } from '../word-slots';
import { chainKeys, CONTEXT_TEMPLATES, documentContext, documentKeys } from './context';
import type { NerLexicon } from './lexicon';
import { T_NISBA, T_STEM, T_W, T_WIN, wordInfo, type FeatureOptions, type WordInfo } from './word-info';

export type { FeatureOptions, WordInfo } from './word-info';

const T_BI_L = 25, T_BI_R = 26;

/** Named templates, so that tests and tools can build a feature key without the extractor. */
export const TEMPLATES = {
  word: T_W, stem: T_STEM, wordBefore: T_WIN + 1, wordAfter: T_WIN + 3, nisba: T_NISBA,
  titleChain: CONTEXT_TEMPLATES.titleChain, speechChain: CONTEXT_TEMPLATES.speechChain, doc: CONTEXT_TEMPLATES.doc,
} as const;

/**
 * The key of a feature from a template and a folded string value (or a small number).
 * @example featureKey('stem', 'ماكرون') is among the features of وماكرون
 */
export function featureKey(template: keyof typeof TEMPLATES, value: string | number): number {
  return mixHash(TEMPLATES[template], typeof value === 'string' ? hashString(value) : value);
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');
/** Keys a sentence edge gives the token 2 before / 1 before / 1 after / 2 after it. */
const EDGE_KEYS = [mixHash(T_WIN, BOS), mixHash(T_WIN + 1, BOS), mixHash(T_WIN + 3, EOS), mixHash(T_WIN + 4, EOS)];

/**
 * The features of one sentence: token i owns keys[offsets[i] .. offsets[i + 1]). With `words`
 * (run time), those keys leave out what the words themselves give: each word's own keys and the
 * keys it lends its in-sentence neighbours are summed once per word type by the model.
 */
export interface SentenceFeatures {
  offsets: Int32Array;
  keys: Uint32Array;
  words?: WordInfo[];
}

/** Extracts features for token sequences; keeps a bounded cache of per-word work. */
export interface FeatureExtractor {
  /** Every feature key of every token of one sentence (training). */
  extract(words: readonly string[]): SentenceFeatures;
  /** Every feature key of the sentences of one document (training, document features on). */
  extractDocument(sentences: readonly (readonly string[])[]): SentenceFeatures[];
  /**
   * Context keys per token plus the cached per-word records (run time), the keys left in the
   * extractor's buffer rather than copied: they are valid until its next extraction (the tagger
   * scores each sentence at once).
   */
  extractContextNow(words: readonly string[]): SentenceFeatures;
  /** Context keys and records for the sentences of one document, in arrays of their own. */
  extractDocumentContext(sentences: readonly (readonly string[])[]): SentenceFeatures[];
  /** The cached record of a word. */
  info(word: string): WordInfo;
}

/** The feature groups of the shipped model. */
export const DEFAULT_FEATURES: FeatureOptions = { trigrams: true, conjunction: false, documents: false, crosses: false, clusters: true };

/**
 * A feature extractor over a lexicon, with a cache of at most `cacheSize` distinct words.
 * @example createFeatureExtractor(lexicon).extract(['قال', 'الرئيس', 'ماكرون']).offsets.length → 4
 */
export function createFeatureExtractor(lexicon: NerLexicon, opts: FeatureOptions = DEFAULT_FEATURES, cacheSize = 50_000): FeatureExtractor {
  // Each distinct word's own work once, for the words met recently.
  const recent = new WordRecords<WordInfo>(cacheSize);
  const wordInfoOf = (w: string) => wordInfo(w, lexicon, opts);
  let buf = new Uint32Array(4096);
  let p = 0;
  const push = (k: number) => { buf[p++] = k; };
  const copyRow = (wi: WordInfo, row: number, at: number): number => {
    const keys = wi.keys;
    for (let k = row === 0 ? 0 : wi.ends[row - 1]!, end = wi.ends[row]!; k < end; k++) buf[at++] = keys[k]!;
    return at;
  };
  const info = (w: string): WordInfo => recent.get(w, wordInfoOf);
  const run = (infos: WordInfo[], withLocal: boolean, doc: Uint16Array | null, copy = true): SentenceFeatures => {
    const n = infos.length;
    const offsets = new Int32Array(n + 1);
    p = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = p;
      const wi = infos[i]!;
      // Room for this token's keys, so that the loop below writes without checks.
      let need = 32;
      // A neighbour's row is part of its keys: their full length bounds it.
      if (withLocal) for (let j = Math.max(0, i - 2); j <= i + 2 && j < n; j++) need += infos[j]!.keys.length;
      if (p + need > buf.length) {
        const bigger = new Uint32Array(Math.max(buf.length * 2, p + need));
        bigger.set(buf.subarray(0, p));
        buf = bigger;
      }
      if (withLocal) p = copyRow(wi, 0, p);
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue;
        const j = i + d;
        const slot = d < 0 ? d + 2 : d + 1;
        if (j < 0 || j >= n) buf[p++] = EDGE_KEYS[slot]!;
        else if (withLocal) p = copyRow(infos[j]!, slot + 1, p);
      }
      buf[p++] = mixKey(mixKey(T_BI_L, i > 0 ? infos[i - 1]!.hash : BOS), wi.hash);
      buf[p++] = mixKey(mixKey(T_BI_R, wi.hash), i + 1 < n ? infos[i + 1]!.hash : EOS);
      chainKeys(infos, i, opts.crosses, push);
      if (doc) documentKeys(doc[i]!, push);
    }
    offsets[n] = p;
    const keys = copy ? buf.slice(0, p) : buf;
    return withLocal ? { offsets, keys } : { offsets, keys, words: infos };
  };
  const runDocument = (sentences: readonly (readonly string[])[], withLocal: boolean): SentenceFeatures[] => {
    const infos = sentences.map((s) => s.map(info));
    const doc = opts.documents ? documentContext(infos) : null;
    return infos.map((x, si) => run(x, withLocal, doc ? doc[si]! : null));
  };
  // One sentence alone, when document features are off: no document of one sentence to build around it.
  const runSentence = (words: readonly string[], withLocal: boolean, copy = true): SentenceFeatures =>
    opts.documents ? runDocument([words], withLocal)[0]! : run(words.map(info), withLocal, null, copy);
  return {
    extract: (words) => runSentence(words, true),
    extractDocument: (sentences) => runDocument(sentences, true),
    extractContextNow: (words) => runSentence(words, false, false),
    extractDocumentContext: (sentences) => runDocument(sentences, false),
    info,
  };
}
