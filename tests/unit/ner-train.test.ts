import { describe, expect, it } from 'vitest';
import { encodeModel } from '@/utils/nlp/ner/codec';
import { createFeatureExtractor } from '@/utils/nlp/ner/features';
import { buildLexicon } from '@/utils/nlp/ner/lexicon';
import { createNerTagger } from '@/utils/nlp/ner/tagger';
import type { TaggedSentence } from '../tools/ner-corpora';
import { quantise, trainPerceptron, type TrainConfig } from '../tools/ner-perceptron';
import { averageModels } from '../tools/ner-setup';

const S = (text: string, tags: string): TaggedSentence => ({ words: text.split(' '), tags: tags.split(' '), corpus: 'anercorp' });
const DATA: TaggedSentence[] = [
  S('قال الرئيس سامي إن البلاد بخير', 'O O B-PERS O O O'),
  S('وصل سامي إلى عمان أمس', 'O B-PERS O B-LOC O'),
  S('أكد الوزير كريم أن الوضع هادئ', 'O O B-PERS O O O'),
  S('زار كريم نادر مدينة عمان', 'O B-PERS I-PERS O B-LOC'),
  S('قال المتحدث إن الاجتماع انتهى', 'O O O O O'),
  S('غادر الرئيس نادر إلى عمان', 'O O B-PERS O B-LOC'),
];
const lexicon = buildLexicon({});
const extractor = createFeatureExtractor(lexicon);
const cfg: TrainConfig = { epochs: 8, dropout: 0.1, minCount: 1, seed: 7, copies: true, quiet: true };
const train = (c: TrainConfig) => quantise(trainPerceptron(DATA, (s) => extractor.extract(s.words), c), 1, 0);

describe('perceptron training', () => {
  it('is deterministic: the same seed gives byte-identical weights, another seed does not', () => {
    const a = encodeModel(train(cfg));
    expect(encodeModel(train(cfg))).toEqual(a);
    expect(encodeModel(train({ ...cfg, seed: 8 }))).not.toEqual(a);
  });

  it('learns its training data: titles and verbs announce names, عمان is a place', () => {
    const tagger = createNerTagger(train(cfg), lexicon);
    for (const s of DATA) expect(tagger.tagTokens(s.words)).toEqual(s.tags);
  });

  it('averages an ensemble: the mean weights and transitions of perceptrons trained with other seeds', () => {
    const runs = [7, 8, 9].map((seed) => trainPerceptron(DATA, (s) => extractor.extract(s.words), { ...cfg, seed }));
    const mean = averageModels(runs);
    expect(Array.from(mean.keys)).toEqual(Array.from(runs[0]!.keys));
    for (const i of [0, 5, mean.weights.length - 1]) expect(mean.weights[i]).toBeCloseTo((runs[0]!.weights[i]! + runs[1]!.weights[i]! + runs[2]!.weights[i]!) / 3, 6);
    expect(mean.transitions[3]).toBeCloseTo((runs[0]!.transitions[3]! + runs[1]!.transitions[3]! + runs[2]!.transitions[3]!) / 3, 5);
    expect(averageModels([runs[0]!])).toBe(runs[0]);
    const tagger = createNerTagger(quantise(mean, 1, 0), lexicon);
    for (const s of DATA) expect(tagger.tagTokens(s.words)).toEqual(s.tags);
  });
});
