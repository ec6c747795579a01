/**
 * The run-time tagger: the weight table (weight-table.ts), the BIO constraints folded into the
 * transitions, per-word cached scores, and Viterbi / forward-backward on top.
 */
import type { PackedModel } from './codec';
import { viterbi } from './decode';
import type { Transitions } from './transitions';
import type { SentenceFeatures, WordInfo } from './features';
import { createWeightTable, insertRow, rowAdder, type WeightTable } from './weight-table';

/** A loaded tagger, ready to score sentences. */
export interface TaggerModel {
  tags: readonly string[];
  transitions: Transitions;
  temperature: number;
  /** Scores of every tag at every token (n × nTags), O bias included; written into `into` when it is long enough. */
  emissions(f: SentenceFeatures, into?: Float32Array): Float32Array;
  /** The best tag path, as tag indices. */
  decode(f: SentenceFeatures): Int32Array;
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

/** Adds the nTags scores that start `offset` values into a scored word's scores into acc. */
function addRow(acc: Float64Array, word: WordInfo, offset: number, K: number): void {
  const src = word.scores!, at = word.scoresAt + offset;
  for (let y = 0; y < K; y++) acc[y] = acc[y]! + src[at + y]!;
}

/**
 * Builds the run-time tagger from packed weights.
 * @example createTagger(decodeModel(bytes)).decode(features of 'قال ماكرون') → [0, 1]
 */
export function createTagger(m: PackedModel | (Omit<PackedModel, 'weights'> & { weights: Float32Array })): TaggerModel {
  const K = m.tags.length;
  const table = createWeightTable(m.keys.length, K, m.weights, 1);
  for (let i = 0; i < m.keys.length; i++) insertRow(table, m.keys[i]!, i * K);
  return taggerFromTable(m, table);
}

/**
 * The run-time tagger over a filled weight table and the model's header (tags, scale, biases).
 * @example taggerFromTable(header, table).tags → ['O', 'B-PERS', …]
 */
export function taggerFromTable(m: Pick<PackedModel, 'tags' | 'scale' | 'temperature' | 'oBias' | 'transitions'>, table: WeightTable): TaggerModel {
  const K = m.tags.length;
  const add = rowAdder(table);
  const oIndex = m.tags.indexOf('O');
  const transitions = constrainedTransitions(m.tags, m.transitions);
  // A word's own keys and the keys it lends each neighbour, summed once per word type.
  const scratch = new Float64Array(K);
  // Shared blocks for the words' scores (one small typed array per word would each need a buffer).
  let arena = new Float32Array(1 << 16);
  let arenaUsed = 0;
  const score = (word: WordInfo): void => {
    if (arenaUsed + 5 * K > arena.length) { arena = new Float32Array(1 << 16); arenaUsed = 0; }
    const at = arenaUsed;
    arenaUsed += 5 * K;
    for (let row = 0; row < 5; row++) {
      scratch.fill(0);
      add(scratch, word.keys, row === 0 ? 0 : word.ends[row - 1]!, word.ends[row]!);
      for (let y = 0; y < K; y++) arena[at + row * K + y] = scratch[y]!;
    }
    word.scores = arena;
    word.scoresAt = at;
  };
  const acc = new Float64Array(K);
  const { scale, oBias } = m;
  const emissions = (f: SentenceFeatures, into?: Float32Array): Float32Array => {
    const n = f.offsets.length - 1;
    const out = into && into.length >= n * K ? into : new Float32Array(n * K);
    const words = f.words;
    // Every word's scores are made first, so that each token reads its neighbours' as they are (word.scores).
    if (words) for (let t = 0; t < n; t++) if (!words[t]!.scores) score(words[t]!);
    for (let t = 0; t < n; t++) {
      if (words) {
        const own = words[t]!;
        for (let y = 0; y < K; y++) acc[y] = own.scores![own.scoresAt + y]!;
        // The word at t + d lends row 1 + slot(d): 2 before, 1 before, 1 after, 2 after.
        if (t >= 2) addRow(acc, words[t - 2]!, K, K);
        if (t >= 1) addRow(acc, words[t - 1]!, 2 * K, K);
        if (t + 1 < n) addRow(acc, words[t + 1]!, 3 * K, K);
        if (t + 2 < n) addRow(acc, words[t + 2]!, 4 * K, K);
      } else acc.fill(0);
      add(acc, f.keys, f.offsets[t]!, f.offsets[t + 1]!);
      const o = t * K;
      for (let y = 0; y < K; y++) out[o + y] = acc[y]! * scale;
      if (oIndex >= 0) out[o + oIndex] = out[o + oIndex]! + oBias;
    }
    return out;
  };
  return {
    tags: m.tags,
    transitions,
    temperature: m.temperature,
    emissions,
    decode: (f) => viterbi(emissions(f), f.offsets.length - 1, transitions),
  };
}
