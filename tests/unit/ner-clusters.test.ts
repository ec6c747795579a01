import { describe, expect, it } from 'vitest';
import { clusterCode, coarseCluster, fineCluster } from '@/utils/nlp/ner/clusters';
import { createFeatureExtractor, DEFAULT_FEATURES } from '@/utils/nlp/ner/features';
import { mixHash } from '@/utils/nlp/ner/hash';
import { buildLexicon, lexiconText } from '@/utils/nlp/ner/lexicon';
import { wordTableSteps } from '@/utils/nlp/ner/word-table';
import { spellWord } from '@/utils/nlp/ner/word-spelling';
import { T_CLUSTER, T_CLUSTER_AT, T_CLUSTER_C } from '@/utils/nlp/ner/word-info';
import { runSteps } from '@/utils/steps';
import { buildClusters } from '../tools/ner-clusters';

describe('cluster codes', () => {
  it('round-trips fine and coarse classes; 0 is no cluster', () => {
    expect([fineCluster(clusterCode(5, 2)), coarseCluster(clusterCode(5, 2))]).toEqual([5, 2]);
    expect([fineCluster(clusterCode(255, 63)), coarseCluster(clusterCode(255, 63))]).toEqual([255, 63]);
    expect([fineCluster(0), coarseCluster(0)]).toEqual([0, -1]);
    expect(() => clusterCode(256, 0)).toThrow();
    expect(() => clusterCode(0, 64)).toThrow();
  });

  it('reads each class of a code without a pair; a word without cluster has coarse class -1', () => {
    expect([fineCluster(clusterCode(5, 2)), coarseCluster(clusterCode(5, 2))]).toEqual([5, 2]);
    expect([fineCluster(clusterCode(0, 0)), coarseCluster(clusterCode(0, 0))]).toEqual([0, 0]);
    expect(coarseCluster(clusterCode(255, 63))).toBe(63);
    expect(coarseCluster(0)).toBe(-1);
  });

  it('ship as lexicon text and read back through the word table', () => {
    const codes = new Map([['باريس', clusterCode(3, 1)], ['لندن', clusterCode(3, 1)], ['قال', clusterCode(7, 2)]]);
    const lookup = runSteps(wordTableSteps(lexiconText(codes)));
    expect(lookup('لندن')).toBe(clusterCode(3, 1));
    expect(lookup('قال')).toBe(clusterCode(7, 2));
    expect(lookup('روما')).toBe(0);
  });

  it('read back every word of a text whose words are shorter than the table was sized for (it grows)', () => {
    // 300 two-letter words on lines of their own: about 5 characters per word, under the 7 the
    // table is first sized for, so it doubles while the text is read.
    const letters = 'ابتثجحخدذرسشصضطظعغفقكلمنهوي';
    const pairs: string[] = [];
    for (const x of letters) for (const y of letters) if (pairs.length < 300) pairs.push(x + y);
    const text = pairs.map((w, i) => `${(i % 9) + 1}\t${spellWord(w)}`).join('\n');
    const lookup = runSteps(wordTableSteps(text, new Map([['باريس', 5]])));
    expect(pairs.map(lookup)).toEqual(pairs.map((_, i) => (i % 9) + 1));
    expect([lookup('باريس'), lookup('روما')]).toEqual([5, 0]);
  });
});

describe('cluster features', () => {
  const clusterOf = (w: string) => (w === 'ماكرون' ? clusterCode(9, 4) : 0);
  const lexicon = buildLexicon({}, undefined, clusterOf);
  const on = createFeatureExtractor(lexicon, { ...DEFAULT_FEATURES, clusters: true });
  const keysAt = (words: string[], i: number, ex = on) => { const f = ex.extract(words); return new Set(f.keys.subarray(f.offsets[i]!, f.offsets[i + 1]!)); };

  it('give a word its fine and coarse class, and its neighbours the class it stands next to', () => {
    expect(keysAt(['قال', 'ماكرون'], 1).has(mixHash(T_CLUSTER, 9))).toBe(true);
    expect(keysAt(['قال', 'ماكرون'], 1).has(mixHash(T_CLUSTER_C, 4))).toBe(true);
    // ماكرون stands 1 after قال: قال gets the class of the word after it (rel +1).
    expect(keysAt(['قال', 'ماكرون'], 0).has(mixHash(T_CLUSTER_AT + 3, 4))).toBe(true);
    expect(keysAt(['ماكرون', 'قال', 'امس'], 2).has(mixHash(T_CLUSTER_AT + 0, 4))).toBe(false);
  });

  it('fall back to the stem after a clitic (وماكرون), and are off unless switched on', () => {
    expect(keysAt(['وماكرون'], 0).has(mixHash(T_CLUSTER, 9))).toBe(true);
    expect(keysAt(['قال'], 0).has(mixHash(T_CLUSTER, 9))).toBe(false);
    const off = createFeatureExtractor(lexicon, { ...DEFAULT_FEATURES, clusters: false });
    expect(keysAt(['ماكرون'], 0, off).has(mixHash(T_CLUSTER, 9))).toBe(false);
  });
});

describe('cluster learning (exchange algorithm)', () => {
  // Cities follow في, verbs start sentences and are followed by names: two kinds of context.
  const S = (t: string) => t.split(' ');
  const corpus = [
    ...['باريس', 'لندن', 'روما', 'برلين'].flatMap((c) => [S(`وصل الوفد الى ${c} امس`), S(`اجتماع في ${c} اليوم`)]),
    ...['قال', 'اكد', 'اعلن', 'اوضح'].flatMap((v) => [S(`${v} الوزير ان الوضع هادئ`), S(`ثم ${v} الوزير ذلك`)]),
  ];
  it('puts words of the same contexts together, deterministically', () => {
    const a = buildClusters(corpus, { classes: 4, passes: 10, minCount: 2 });
    expect(buildClusters(corpus, { classes: 4, passes: 10, minCount: 2 })).toEqual(a);
    expect(new Set(['باريس', 'لندن', 'روما', 'برلين'].map((w) => a.get(w))).size).toBe(1);
    expect(new Set(['قال', 'اكد', 'اعلن', 'اوضح'].map((w) => a.get(w))).size).toBe(1);
    expect(a.get('باريس')).not.toBe(a.get('قال'));
    expect(a.has('هادئ')).toBe(true);
  });
});
