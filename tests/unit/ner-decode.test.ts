import { describe, expect, it } from 'vitest';
import { base64ToBytes, decodeModel, encodeModel, type PackedModel } from '@/utils/nlp/ner/codec';
import { marginals, viterbi } from '@/utils/nlp/ner/decode';
import { pathMarginals } from '@/utils/nlp/ner/confidence';
import { constrainedTransitions, createTagger, isAllowedTransition } from '@/utils/nlp/ner/model';

const TAGS = ['O', 'B-PERS', 'I-PERS'];

/** Transitions in codec layout: start row, one row per tag, end row; all 0 unless given. */
function rawTransitions(set: Record<string, number> = {}): Float32Array {
  const t = new Float32Array(5 * 3);
  for (const [k, v] of Object.entries(set)) {
    const [from, to] = k.split('>') as [string, string];
    const row = from === 'start' ? 0 : from === 'end' ? 4 : TAGS.indexOf(from) + 1;
    t[row * 3 + TAGS.indexOf(to)] = v;
  }
  return t;
}

describe('viterbi', () => {
  it('finds the path a hand computation gives, transitions included', () => {
    // Emissions alone prefer O O; the B-PERS → I-PERS bonus (3) makes B I win: 1 + 3 + 1 = 5 > 2 + 2 = 4.
    const em = Float32Array.from([2, 1, -9, 2, -9, 1]);
    const t = constrainedTransitions(TAGS, rawTransitions({ 'B-PERS>I-PERS': 3 }));
    expect(Array.from(viterbi(em, 2, t))).toEqual([1, 2]);
    const flat = constrainedTransitions(TAGS, rawTransitions());
    expect(Array.from(viterbi(em, 2, flat))).toEqual([0, 0]);
  });

  it('never lets I-X follow O or start a sentence', () => {
    expect(isAllowedTransition('O', 'I-PERS')).toBe(false);
    expect(isAllowedTransition(null, 'I-PERS')).toBe(false);
    expect(isAllowedTransition('B-PERS', 'I-PERS')).toBe(true);
    expect(isAllowedTransition('B-LOC', 'I-PERS')).toBe(false);
    // I-PERS scores best on token 0, but the path cannot start with it.
    const em = Float32Array.from([0, 0, 10]);
    expect(Array.from(viterbi(em, 1, constrainedTransitions(TAGS, rawTransitions())))).not.toContain(2);
  });

  it('gives marginals that sum to one and favour the Viterbi tags', () => {
    const em = Float32Array.from([0, 4, -9, 0, -9, 4]);
    const t = constrainedTransitions(TAGS, rawTransitions());
    const m = marginals(em, 2, t, 1);
    for (let i = 0; i < 2; i++) expect(m[i * 3]! + m[i * 3 + 1]! + m[i * 3 + 2]!).toBeCloseTo(1, 5);
    expect(m[1]!).toBeGreaterThan(0.9);
    expect(m[5]!).toBeGreaterThan(0.9);
    expect(m[2]!).toBe(0);
  });

  it('matches marginals and the best path computed by enumerating every path', () => {
    const em = Float32Array.from([1.5, 0.2, -1, 0.3, 2.1, 0.7, -0.4, 0.9, 1.2]);
    const t = constrainedTransitions(TAGS, rawTransitions({ 'start>O': 0.5, 'B-PERS>I-PERS': 1.1, 'O>B-PERS': -0.3, 'end>I-PERS': 0.4 }));
    const T = 2;
    const score = (p: number[]) => p.reduce((s, y, i) => s + em[i * 3 + y]! + t.trans[(i === 0 ? 0 : p[i - 1]! + 1) * 3 + y]!, 0) + t.ends[p[2]!]!;
    const exact = new Float64Array(9);
    let z = 0, best = -Infinity, bestPath: number[] = [];
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) for (let c = 0; c < 3; c++) {
      const s = score([a, b, c]);
      if (s > best) { best = s; bestPath = [a, b, c]; }
      const w = Math.exp(s / T);
      z += w;
      for (const k of [a, 3 + b, 6 + c]) exact[k] = exact[k]! + w;
    }
    const m = marginals(em, 3, t, T);
    for (let i = 0; i < 9; i++) expect(m[i]!).toBeCloseTo(exact[i]! / z, 5);
    expect(Array.from(viterbi(em, 3, t))).toEqual(bestPath);
    const onPath = pathMarginals(em, 3, t, T, Int32Array.from(bestPath));
    bestPath.forEach((y, i) => expect(onPath[i]!).toBeCloseTo(m[i * 3 + y]!, 6));
    // Only token 1 asked for: the same value, the others left at 0.
    const middle = pathMarginals(em, 3, t, T, Int32Array.from(bestPath), 1, 1);
    expect(Array.from(middle)).toEqual([0, onPath[1]!, 0]);
  });
});

describe('packed model', () => {
  const model: PackedModel = {
    tags: TAGS, scale: 0.5, temperature: 1, oBias: 0,
    transitions: rawTransitions({ 'B-PERS>I-PERS': 1 }),
    keys: Uint32Array.from([7, 300, 70000]),
    weights: Int8Array.from([0, 10, -4, 5, -5, 0, -2, 0, 12]),
  };

  it('round-trips through the binary codec and base64', () => {
    const bytes = encodeModel(model);
    const back = decodeModel(bytes);
    expect(back.tags).toEqual(TAGS);
    expect(Array.from(back.keys)).toEqual([7, 300, 70000]);
    expect(Array.from(back.weights)).toEqual(Array.from(model.weights));
    expect(back.scale).toBeCloseTo(0.5);
    const b64 = Buffer.from(bytes).toString('base64');
    expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
  });

  it('rejects a foreign or truncated buffer', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7]))).toThrow(/not a Hamish/);
    const bytes = encodeModel(model);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow(/expected/);
  });

  it('scores features through the lookup table (unknown keys add nothing)', () => {
    const tagger = createTagger(model);
    // Token 0: key 7 → [0, 10, -4] × 0.5; token 1: keys 70000 and 12345 (unknown) → [-2, 0, 12] × 0.5.
    const f = { offsets: Int32Array.from([0, 1, 3]), keys: Uint32Array.from([7, 70000, 12345]) };
    expect(Array.from(tagger.emissions(f))).toEqual([0, 5, -2, -1, 0, 6]);
    expect(Array.from(tagger.decode(f))).toEqual([1, 2]);
  });
});
