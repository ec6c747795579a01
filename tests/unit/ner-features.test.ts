import { describe, expect, it } from 'vitest';
import { createFeatureExtractor, DEFAULT_FEATURES, featureKey } from '@/utils/nlp/ner/features';
import { hashString, mixHash } from '@/utils/nlp/ner/hash';
import { LEX, buildLexicon } from '@/utils/nlp/ner/lexicon';

const lexicon = buildLexicon({ 'ماكرون': LEX.PERSON | LEX.SURNAME, 'ايمانويل': LEX.GIVEN });
const extractor = createFeatureExtractor(lexicon);

function keysAt(words: string[], i: number): Set<number> {
  const f = extractor.extract(words);
  return new Set(f.keys.subarray(f.offsets[i]!, f.offsets[i + 1]!));
}

describe('hashing', () => {
  it('hashes a slice like the sliced string, and mixes templates apart', () => {
    expect(hashString('وماكرون', 1)).toBe(hashString('ماكرون'));
    expect(mixHash(1, 5)).not.toBe(mixHash(2, 5));
    expect(mixHash(0, 0)).not.toBe(0);
  });
});

describe('feature extraction', () => {
  it('gives every token a non-empty run of keys', () => {
    const f = extractor.extract(['قال', 'الرئيس', 'ماكرون']);
    expect(f.offsets.length).toBe(4);
    for (let i = 0; i < 3; i++) expect(f.offsets[i + 1]!).toBeGreaterThan(f.offsets[i]!);
    expect(f.offsets[3]).toBe(f.keys.length);
  });

  it('keeps a word\'s record while the cache has room, and makes the same record again once it is full and starts over', () => {
    const small = createFeatureExtractor(lexicon, DEFAULT_FEATURES, 8);
    const kept = small.info('ماكرون');
    for (let k = 0; k < 6; k++) {
      small.info(`كلمة${k}`);
      expect(small.info('ماكرون')).toBe(kept);
    }
    for (let k = 6; k < 20; k++) small.info(`كلمة${k}`);
    const again = small.info('ماكرون');
    expect(again).not.toBe(kept);
    expect(again.keys).toEqual(kept.keys);
  });

  it('folds the word: أردوغان and اردوغان share the word feature', () => {
    expect(keysAt(['أردوغان'], 0).has(featureKey('word', 'اردوغان'))).toBe(true);
    expect(keysAt(['اردوغان'], 0).has(featureKey('word', 'اردوغان'))).toBe(true);
  });

  it('strips proclitics into stem features: وماكرون, لماكرون and بالرئيس', () => {
    expect(keysAt(['وماكرون'], 0).has(featureKey('stem', 'ماكرون'))).toBe(true);
    expect(keysAt(['لماكرون'], 0).has(featureKey('stem', 'ماكرون'))).toBe(true);
    expect(keysAt(['بالرئيس'], 0).has(featureKey('stem', 'رئيس'))).toBe(true);
    expect(keysAt(['ماكرون'], 0).has(featureKey('stem', 'ماكرون'))).toBe(false);
  });

  it('sees the neighbours: the word before ماكرون is الرئيس', () => {
    const k = keysAt(['قال', 'الرئيس', 'ماكرون'], 2);
    expect(k.has(featureKey('wordBefore', 'الرئيس'))).toBe(true);
    expect(k.has(featureKey('wordBefore', 'قال'))).toBe(false);
  });

  it('finds a title across modifiers: وزير الخارجية التركي مولود', () => {
    expect(keysAt(['وزير', 'الخارجية', 'التركي', 'مولود'], 3).has(featureKey('titleChain', 2))).toBe(true);
    expect(keysAt(['الرئيس', 'ماكرون'], 1).has(featureKey('titleChain', 0))).toBe(true);
    expect(keysAt(['الكتاب', 'الجديد', 'مولود'], 2).has(featureKey('titleChain', 1))).toBe(false);
  });

  it('marks nisba adjectives (التركي) but not plain words', () => {
    expect(keysAt(['التركي'], 0).has(featureKey('nisba', 1))).toBe(true);
    expect(keysAt(['الكتاب'], 0).has(featureKey('nisba', 1))).toBe(false);
  });

  it('reads the lexicon through clitics: the title of وقال and the speech verb', () => {
    expect(lexicon.classOf('ماكرون') & LEX.SURNAME).toBeTruthy();
    expect(lexicon.classOf('قال') & LEX.SPEECH).toBeTruthy();
    expect(keysAt(['فقال', 'ماكرون'], 1).has(featureKey('speechChain', 0))).toBe(true);
  });
});

describe('run-time features', () => {
  it('leave out what the words give (own and neighbour keys), keeping context and sentence edges', () => {
    const words = ['قال', 'الرئيس', 'ماكرون'];
    const all = extractor.extract(words);
    const ctx = extractor.extractDocumentContext([words])[0]!;
    expect(ctx.words).toHaveLength(3);
    const own = new Set(ctx.words![2]!.keys);
    const atName = new Set(ctx.keys.subarray(ctx.offsets[2]!, ctx.offsets[3]!));
    expect(atName.has(featureKey('wordBefore', 'الرئيس'))).toBe(false);
    expect([...atName].every((k) => new Set(all.keys.subarray(all.offsets[2]!, all.offsets[3]!)).has(k))).toBe(true);
    expect([...own].some((k) => atName.has(k))).toBe(false);
  });

  it('read in place (extractContextNow), give each token the keys a copying extraction gives, until the next extraction', () => {
    const words = ['قال', 'الرئيس', 'الفرنسي', 'ماكرون'];
    const copied = extractor.extractDocumentContext([words])[0]!;
    const now = extractor.extractContextNow(words);
    const tokenKeys = (f: typeof now) => Array.from(f.offsets.subarray(0, -1), (from, i) => Array.from(f.keys.subarray(from, f.offsets[i + 1]!)));
    expect(tokenKeys(now)).toEqual(tokenKeys(copied));
    expect(now.words).toEqual(copied.words);
    const before = tokenKeys(copied);
    extractor.extractContextNow(['وأضاف', 'بلينكن']);
    expect(tokenKeys(copied)).toEqual(before);
  });

  it('gives document features only from the other mentions of a word', () => {
    const docExtractor = createFeatureExtractor(lexicon, { ...DEFAULT_FEATURES, documents: true });
    const [first, second] = docExtractor.extractDocument([['قال', 'الرئيس', 'ماكرون'], ['وأضاف', 'ماكرون']]);
    const has = (f: typeof first, i: number, k: number) => new Set(f!.keys.subarray(f!.offsets[i]!, f!.offsets[i + 1]!)).has(k);
    expect(has(second, 1, featureKey('doc', 0))).toBe(true);
    expect(has(first, 2, featureKey('doc', 0))).toBe(false);
  });
});
