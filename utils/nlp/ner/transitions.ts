/**
 * The transitions of a first-order tagger and, for the decoding loops, the finite ones in flat
 * arrays. Layout: `trans[(from + 1) * nTags + to]` with row 0 for the sentence start.
 */

/** Transition scores of a first-order tagger. */
export interface Transitions {
  nTags: number;
  /** (nTags + 1) × nTags: row 0 is the start, row p + 1 follows tag p; -Infinity forbids. */
  trans: Float32Array;
  /** Score of ending the sentence on each tag. */
  ends: Float32Array;
}

/**
 * The finite transitions, flat: tag y's predecessors are from[fromAt[y] .. fromAt[y + 1]) with
 * scores fromScore (increasing tag order), and tag p's successors likewise in to/toAt/toScore.
 * BIO forbids most transitions into I- tags, and a forbidden term adds nothing to a maximum or
 * a sum, so the loops leave it out; flat arrays keep those loops free of lookups.
 */
export interface Allowed {
  from: Int32Array; fromAt: Int32Array; fromScore: Float64Array;
  to: Int32Array; toAt: Int32Array; toScore: Float64Array;
}
const allowedCache = new WeakMap<Float32Array, Allowed>();

/** The finite transitions grouped by target tag (predecessors) or by source tag (successors), the other tag increasing. */
function flatPairs(t: Transitions, byTarget: boolean): { tag: Int32Array; at: Int32Array; score: Float64Array } {
  const K = t.nTags;
  const tag: number[] = [], score: number[] = [], at = new Int32Array(K + 1);
  for (let g = 0; g < K; g++) {
    for (let o = 0; o < K; o++) {
      const v = byTarget ? t.trans[(o + 1) * K + g]! : t.trans[(g + 1) * K + o]!;
      if (v !== -Infinity) { tag.push(o); score.push(v); }
    }
    at[g + 1] = tag.length;
  }
  return { tag: Int32Array.from(tag), at, score: Float64Array.from(score) };
}

/** The finite transitions of `t`, built once per transition table. */
export function allowedOf(t: Transitions): Allowed {
  let a = allowedCache.get(t.trans);
  if (!a) {
    const preds = flatPairs(t, true), succs = flatPairs(t, false);
    a = { from: preds.tag, fromAt: preds.at, fromScore: preds.score, to: succs.tag, toAt: succs.at, toScore: succs.score };
    allowedCache.set(t.trans, a);
  }
  return a;
}
