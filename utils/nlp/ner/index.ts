/**
 * The shipped name tagger: weights and name lists from assets/model (bundled modules, no
 * network), loaded once on first use.
 */
import lexiconEntries from '../../../assets/model/ner-lexicon.json';
import { NER_WEIGHTS } from '../../../assets/model/ner-weights';
import type { Token } from '../tokenize';
import { base64ToBytes, decodeModel } from './codec';
import { buildLexicon } from './lexicon';
import { countryHook } from './places';
import { namedSpans, type NamedSpan } from './spans';
import { createNerTagger, type NerTagger } from './tagger';

export type { NamedSpan, NamedSpanType } from './spans';
export type { NerTagger, TaggedWords } from './tagger';

export { sentenceRanges } from './spans';

let loaded: NerTagger | null = null;

/**
 * A new tagger over the shipped weights, with its own word cache (loadNerModel shares one).
 * @example createShippedTagger().tagTokens(['قال', 'أردوغان']) → ['O', 'B-PERS']
 */
export function createShippedTagger(): NerTagger {
  const model = decodeModel(base64ToBytes(NER_WEIGHTS));
  return createNerTagger(model, buildLexicon(lexiconEntries as Record<string, number>, countryHook()));
}

/**
 * The shipped tagger, decoded on the first call and cached.
 * @example loadNerModel().tagTokens(['وقال', 'الرئيس', 'الفرنسي', 'إيمانويل', 'ماكرون']) → ['O', 'O', 'O', 'B-PERS', 'I-PERS']
 */
export function loadNerModel(): NerTagger {
  if (!loaded) loaded = createShippedTagger();
  return loaded;
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
