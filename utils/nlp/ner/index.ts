/**
 * The shipped name tagger: weights, name lists and word clusters from assets/model (bundled
 * modules, no network), loaded once on first use.
 */
import { NER_CLUSTERS } from '../../../assets/model/ner-clusters';
import { NER_LEXICON } from '../../../assets/model/ner-lexicon';
import { NER_WEIGHTS } from '../../../assets/model/ner-weights';
import { runSteps } from '../../steps';
import type { Token } from '../tokenize';
import { base64Steps, decodeKeys, readHeader } from './codec';
import { lexiconSteps } from './lexicon';
import { wordTableSteps } from './word-table';
import { taggerFromTable } from './model';
import { countryHook } from './places';
import { namedSpans, namedSpansSteps, type NamedSpan } from './spans';
import { taggerOver, type NerTagger } from './tagger';
import { createWeightTable, insertRows } from './weight-table';

export type { NamedSpan, NamedSpanType } from './spans';
export type { NerTagger, TaggedWords } from './tagger';

export { sentenceRanges, namedSpans as namedSpansWith } from './spans';

/** Keys decoded and weight rows stored per loading step (each about a millisecond). */
const KEYS_PER_STEP = 40_000;
const ROWS_PER_STEP = 3000;

let loaded: NerTagger | null = null;

/** The shipped weights and lexicon turned into a new tagger, a slice of work per step. */
function* shippedTaggerSteps(): Generator<void, NerTagger> {
  const bytes = yield* base64Steps(NER_WEIGHTS);
  const header = readHeader(bytes);
  const K = header.tags.length, nF = header.nFeatures;
  const keys = new Uint32Array(nF);
  let p = header.keysAt;
  for (let i = 0; i < nF; i += KEYS_PER_STEP) {
    p = decodeKeys(bytes, p, keys, i, Math.min(nF, i + KEYS_PER_STEP));
    yield;
  }
  if (p + nF * K !== bytes.length) throw new Error(`tagger model: expected ${p + nF * K} bytes, got ${bytes.length}`);
  // Weights are stored tag-major (they compress better): row i is every nF-th byte from i.
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + p, nF * K);
  const table = createWeightTable(nF, K, weights, nF);
  for (let i = 0; i < nF; i += ROWS_PER_STEP) {
    insertRows(table, keys, i, Math.min(nF, i + ROWS_PER_STEP));
    yield;
  }
  const clusters = yield* wordTableSteps(NER_CLUSTERS);
  const lexicon = yield* lexiconSteps(NER_LEXICON, countryHook(), clusters);
  return taggerOver(taggerFromTable(header, table), lexicon);
}

/**
 * A new tagger over the shipped weights, with its own word cache (loadNerModel shares one).
 * @example createShippedTagger().tagTokens(['قال', 'أردوغان']) → ['O', 'B-PERS']
 */
export function createShippedTagger(): NerTagger {
  return runSteps(shippedTaggerSteps());
}

/**
 * The shipped tagger loaded in slices of about a millisecond, yielding between them, so that a
 * page's main thread is never held long; cached like `loadNerModel` (a second run returns at once).
 * @example const steps = loadNerModelSteps(); let r = steps.next(); while (!r.done) r = steps.next(); r.value.tagTokens(['قال', 'أردوغان']) → ['O', 'B-PERS']
 */
export function* loadNerModelSteps(): Generator<void, NerTagger> {
  if (!loaded) {
    const tagger = yield* shippedTaggerSteps();
    loaded ??= tagger;
  }
  return loaded;
}

/**
 * The shipped tagger, loaded on the first call (all steps of `loadNerModelSteps` at once) and cached.
 * @example loadNerModel().tagTokens(['وقال', 'الرئيس', 'الفرنسي', 'إيمانويل', 'ماكرون']) → ['O', 'O', 'O', 'B-PERS', 'I-PERS']
 */
export function loadNerModel(): NerTagger {
  return loaded ?? runSteps(loadNerModelSteps());
}

/**
 * BIO tags (PERS, LOC, ORG, MISC) of one sentence's words, with the shipped model.
 * @example tagTokens(['قال', 'أردوغان']) → ['O', 'B-PERS']
 */
export function tagTokens(words: string[]): string[] {
  return loadNerModel().tagTokens(words);
}

/**
 * Named spans of a text (original offsets, attached clitics left out), with the document pass.
 * @example findNamedSpans('وقال بلينكن').map(s => s.text) → ['بلينكن']
 */
export function findNamedSpans(text: string, tokens?: Token[]): NamedSpan[] {
  return namedSpans(loadNerModel(), text, tokens);
}

/**
 * `findNamedSpans` a few hundred words at a time (yielding between them), the model loaded first.
 * @example runSteps(findNamedSpansSteps('وقال بلينكن', tokenize('وقال بلينكن'))).map(s => s.text) → ['بلينكن']
 */
export function* findNamedSpansSteps(text: string, tokens: Token[]): Generator<void, NamedSpan[]> {
  const tagger = yield* loadNerModelSteps();
  return yield* namedSpansSteps(tagger, text, tokens);
}
