/**
 * The run-time tagger: an open-addressing table from feature key to an 8-bit weight row, the
 * BIO constraints folded into the transitions, and Viterbi / forward-backward on top.
 */
import type { PackedModel } from './codec';
import { marginals, viterbi, type Transitions } from './decode';
import type { SentenceFeatures } from './features';

/** A loaded tagger, ready to score sentences. */
export interface TaggerModel {
  tags: readonly string[];
  transitions: Transitions;
  temperature: number;
  /** Scores of every tag at every token (n × nTags), O bias included. */
  emissions(f: SentenceFeatures): Float32Array;
  /** The best tag path, as tag indices. */
  decode(f: SentenceFeatures): Int32Array;
  /** Per-token tag probabilities (n × nTags). */
  marginals(f: SentenceFeatures): Float32Array;
}

/**
 * Whether BIO allows `to` right after `from` (null: the sentence start).
 * @example isAllowedTransition('O', 'I-PERS') → false
 */
export function isAllowedTransition(from: string | null, to: string): boolean {
  if (!to.startsWith('I-')) return true;
  return from !== null && from !== 'O' && from.slice(2) === to.slice(2);
}

/**
 * Transitions with the BIO constraints applied as -Infinity.
 * @example constrainedTransitions(['O', 'B-PERS', 'I-PERS'], raw).trans[0 * 3 + 2] → -Infinity
 */
export function constrainedTransitions(tags: readonly string[], raw: Float32Array): Transitions {
  const K = tags.length;
  const trans = new Float32Array((K + 1) * K);
  for (let p = -1; p < K; p++) {
    for (let y = 0; y < K; y++) {
      const ok = isAllowedTransition(p < 0 ? null : tags[p]!, tags[y]!);
      trans[(p + 1) * K + y] = ok ? raw[(p + 1) * K + y]! : -Infinity;
    }
  }
  return { nTags: K, trans, ends: raw.slice((K + 1) * K, (K + 2) * K) };
}

/**
 * Builds the run-time tagger from packed weights.
 * @example createTagger(decodeModel(bytes)).decode(features of 'قال ماكرون') → [0, 1]
 */
export function createTagger(m: PackedModel | (Omit<PackedModel, 'weights'> & { weights: Float32Array })): TaggerModel {
  const K = m.tags.length;
  const nF = m.keys.length;
  let cap = 1;
  while (cap < nF * 1.5) cap <<= 1;
  const mask = cap - 1;
  // Weights sit at the slot of their key: one probe touches two arrays, not three.
  const slots = new Uint32Array(cap);
  const w = new Int8Array(cap * K);
  for (let i = 0; i < nF; i++) {
    const k = m.keys[i]!;
    let s = (k ^ (k >>> 15)) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k;
    for (let y = 0; y < K; y++) w[s * K + y] = m.weights[i * K + y]!;
  }
  const floatWeights = m.weights instanceof Float32Array ? new Float32Array(cap * K) : null;
  if (floatWeights) for (let i = 0; i < nF; i++) {
    const k = m.keys[i]!;
    let s = (k ^ (k >>> 15)) & mask;
    while (slots[s] !== k) s = (s + 1) & mask;
    for (let y = 0; y < K; y++) floatWeights[s * K + y] = m.weights[i * K + y]!;
  }
  const table: Int8Array | Float32Array = floatWeights ?? w;
  const oIndex = m.tags.indexOf('O');
  const transitions = constrainedTransitions(m.tags, m.transitions);
  const add = (acc: Float64Array, keys: Uint32Array, from: number, to: number) => {
    for (let j = from; j < to; j++) {
      const k = keys[j]!;
      let s = (k ^ (k >>> 15)) & mask;
      for (;;) {
        const found = slots[s]!;
        if (found === k) {
          const r = s * K;
          for (let y = 0; y < K; y++) acc[y] = acc[y]! + table[r + y]!;
          break;
        }
        if (found === 0) break;
        s = (s + 1) & mask;
      }
    }
  };
  const acc = new Float64Array(K);
  const emissions = (f: SentenceFeatures): Float32Array => {
    const n = f.offsets.length - 1;
    const out = new Float32Array(n * K);
    for (let t = 0; t < n; t++) {
      const word = f.words?.[t];
      if (word) {
        if (!word.scores) {
          word.scores = new Float64Array(K);
          add(word.scores, word.local, 0, word.local.length);
        }
        acc.set(word.scores);
      } else acc.fill(0);
      add(acc, f.keys, f.offsets[t]!, f.offsets[t + 1]!);
      for (let y = 0; y < K; y++) out[t * K + y] = acc[y]! * m.scale;
      if (oIndex >= 0) out[t * K + oIndex] = out[t * K + oIndex]! + m.oBias;
    }
    return out;
  };
  return {
    tags: m.tags,
    transitions,
    temperature: m.temperature,
    emissions,
    decode: (f) => viterbi(emissions(f), f.offsets.length - 1, transitions),
    marginals: (f) => marginals(emissions(f), f.offsets.length - 1, transitions, m.temperature),
  };
}
