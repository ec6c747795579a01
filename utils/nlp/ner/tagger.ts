/**
 * The name tagger as callers see it: words in, BIO tags (PERS, LOC, ORG, MISC) and per-token
 * confidences out, for one sentence or for a whole document (with the document pass).
 */
import type { PackedModel } from './codec';
import { marginals, viterbi } from './decode';
import { documentPass } from './doc-pass';
import { createFeatureExtractor, DEFAULT_FEATURES, type FeatureOptions } from './features';
import type { NerLexicon } from './lexicon';
import { createTagger } from './model';

/** Tags of one sentence and, per token, the probability of its tag. */
export interface TaggedWords {
  tags: string[];
  confidence: Float32Array;
}

/** A ready tagger. */
export interface NerTagger {
  /** BIO tags of one sentence. */
  tagTokens(words: readonly string[]): string[];
  /** Tags and confidences of one sentence. */
  tagSentence(words: readonly string[]): TaggedWords;
  /** Tags of several sentences of one document, names spread by the document pass. */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedWords[];
  /** The lexicon classes (LEX bits) of a folded word, as the features see them. */
  classOf(folded: string): number;
}

/**
 * A tagger over packed weights and the lexicon they were trained with.
 * @example createNerTagger(model, lexicon).tagTokens(['وقال', 'الرئيس', 'ماكرون']) → ['O', 'O', 'B-PERS']
 */
export function createNerTagger(model: PackedModel | (Omit<PackedModel, 'weights'> & { weights: Float32Array }), lexicon: NerLexicon, opts: FeatureOptions = DEFAULT_FEATURES): NerTagger {
  const tagger = createTagger(model);
  const extractor = createFeatureExtractor(lexicon, opts);
  const K = model.tags.length;
  const tagSentence = (words: readonly string[]): TaggedWords => {
    const f = extractor.extractContext(words);
    const em = tagger.emissions(f);
    const path = viterbi(em, words.length, tagger.transitions);
    const probs = marginals(em, words.length, tagger.transitions, tagger.temperature);
    const confidence = new Float32Array(words.length);
    for (let t = 0; t < words.length; t++) confidence[t] = probs[t * K + path[t]!]!;
    return { tags: Array.from(path, (y) => model.tags[y]!), confidence };
  };
  return {
    tagTokens: (words) => Array.from(tagger.decode(extractor.extractContext(words)), (y) => model.tags[y]!),
    tagSentence,
    tagDocument: (sentences) => documentPass(sentences, sentences.map(tagSentence), lexicon),
    classOf: (folded) => lexicon.classOf(folded),
  };
}
