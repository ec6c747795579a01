/**
 * The name tagger as callers see it: words in, BIO tags (PERS, LOC, ORG, MISC) and per-token
 * confidences out, for one sentence or for a whole document (with the document pass).
 */
import type { PackedModel } from './codec';
import { viterbi } from './decode';
import { pathMarginals } from './confidence';
import { documentPass, type WordReader } from './doc-pass';
import { createFeatureExtractor, DEFAULT_FEATURES, type FeatureOptions, type SentenceFeatures, type WordInfo } from './features';
import type { NerLexicon } from './lexicon';
import { createTagger, type TaggerModel } from './model';
import { runSteps } from '../../steps';

/** Words tagged between two yields of tagDocumentSteps (a few milliseconds). */
const WORDS_PER_STEP = 250;

/** Tags of one sentence and, per token, the probability of its tag. */
export interface TaggedWords {
  tags: string[];
  /**
   * Read inside names only: in a sentence without a name it is not computed and stays 0; with
   * `namesOnly` (tagDocumentSteps), neither is it before the sentence's first name or after its last.
   */
  confidence: Float32Array;
  /** The folded form of each word, when the tagger folded them (callers need not fold them again). */
  folded?: readonly string[];
}

/** A ready tagger. */
export interface NerTagger {
  /** BIO tags of one sentence. */
  tagTokens(words: readonly string[]): string[];
  /** Tags and confidences of one sentence. */
  tagSentence(words: readonly string[]): TaggedWords;
  /** Tags of several sentences of one document, names spread by the document pass. */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedWords[];
  /** `tagDocument` a few hundred words at a time, yielding between them; `namesOnly`: see TaggedWords.confidence. */
  tagDocumentSteps(sentences: readonly (readonly string[])[], namesOnly?: boolean): Generator<void, TaggedWords[]>;
  /** The lexicon classes (LEX bits) of a folded word, as the features see them. */
  classOf(folded: string): number;
  /** The word's cluster code (clusters.ts), 0 for a word the corpora hold too rarely to have one. */
  clusterOf(folded: string): number;
}

/** The document pass's reader over the words' cached records (a class: no closures made per document). */
class RecordReader implements WordReader {
  constructor(private readonly infos: readonly (readonly WordInfo[])[]) {}
  folded(_w: string, si: number, i: number): string {
    return this.infos[si]![i]!.folded;
  }
  forms(_w: string, si: number, i: number): readonly string[] {
    return this.infos[si]![i]!.forms;
  }
  idMask(_w: string, si: number, i: number): number {
    return this.infos[si]![i]!.idMask;
  }
  idMask2(_w: string, si: number, i: number): number {
    return this.infos[si]![i]!.idMask2;
  }
}

/**
 * A tagger over packed weights and the lexicon they were trained with.
 * @example createNerTagger(model, lexicon).tagTokens(['وقال', 'الرئيس', 'ماكرون']) → ['O', 'O', 'B-PERS']
 */
export function createNerTagger(model: PackedModel | (Omit<PackedModel, 'weights'> & { weights: Float32Array }), lexicon: NerLexicon, opts: FeatureOptions = DEFAULT_FEATURES): NerTagger {
  return taggerOver(createTagger(model), lexicon, opts);
}

/**
 * A tagger over an already built scoring model (the sliced loader builds one step by step).
 * @example taggerOver(createTagger(model), lexicon).tagTokens(['قال', 'ماكرون']) → ['O', 'B-PERS']
 */
export function taggerOver(tagger: TaggerModel, lexicon: NerLexicon, opts: FeatureOptions = DEFAULT_FEATURES): NerTagger {
  const extractor = createFeatureExtractor(lexicon, opts);
  const tags = tagger.tags;
  const K = tags.length;
  const outside = tags.indexOf('O');
  // Emission scores are used at once and never kept: one buffer serves every sentence.
  let scores = new Float32Array(128 * K);
  const emissionsOf = (f: SentenceFeatures): Float32Array => {
    const need = (f.offsets.length - 1) * K;
    if (scores.length < need) scores = new Float32Array(2 * need);
    return tagger.emissions(f, scores);
  };
  const tagFeatures = (f: SentenceFeatures, namesOnly = false): TaggedWords => {
    const n = f.offsets.length - 1;
    const em = emissionsOf(f);
    const path = viterbi(em, n, tagger.transitions);
    // Confidences are read inside names only: a sentence without one does without them (zeros).
    let first = 0;
    while (first < n && path[first] === outside) first++;
    let last = n - 1;
    if (namesOnly) while (last > first && path[last] === outside) last--;
    else first = first < n ? 0 : n;
    const confidence = first < n ? pathMarginals(em, n, tagger.transitions, tagger.temperature, path, first, last) : new Float32Array(n);
    const out: string[] = new Array(n);
    for (let t = 0; t < n; t++) out[t] = tags[path[t]!]!;
    const folded = f.words!.map((w) => w.folded);
    return { tags: out, confidence, folded };
  };
  function* tagDocumentSteps(sentences: readonly (readonly string[])[], namesOnly = false): Generator<void, TaggedWords[]> {
    // Document features, when the model uses them, need every sentence; otherwise each sentence stands alone.
    const whole = opts.documents ? extractor.extractDocumentContext(sentences) : null;
    const tagged: TaggedWords[] = [];
    // The words' cached records, so that the document pass reads them without looking them up again.
    const infos: WordInfo[][] = [];
    let words = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const f = whole ? whole[si]! : extractor.extractContextNow(s);
      infos.push(f.words!);
      tagged.push(tagFeatures(f, namesOnly));
      words += s.length;
      if (words >= WORDS_PER_STEP) {
        words = 0;
        yield;
      }
    }
    return documentPass(sentences, tagged, lexicon, new RecordReader(infos));
  }
  return {
    tagTokens: (words) => {
      const f = extractor.extractContextNow(words);
      return Array.from(viterbi(emissionsOf(f), words.length, tagger.transitions), (y) => tags[y]!);
    },
    tagSentence: (words) => tagFeatures(extractor.extractContextNow(words)),
    tagDocument: (sentences) => runSteps(tagDocumentSteps(sentences)),
    tagDocumentSteps,
    classOf: (folded) => lexicon.classOf(folded),
    clusterOf: (folded) => lexicon.clusterOf?.(folded) ?? 0,
  };
}
