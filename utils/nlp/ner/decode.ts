/**
 * Sequence decoding over per-token tag scores: Viterbi for the best tag path and
 * forward-backward for per-token tag probabilities (the confidence of a span).
 * Scores are laid out row-major: `emissions[t * nTags + y]`; transitions are
 * `trans[(from + 1) * nTags + to]` with row 0 for the sentence start, and `ends[y]` closes.
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
 * The highest-scoring tag path (tag indices) for `n` tokens.
 * @example viterbi(emissions of 'قال ماكرون', 2, transitions) → [0, 1] (O, B-PERS)
 */
export function viterbi(emissions: Float32Array, n: number, t: Transitions): Int32Array {
  const K = t.nTags;
  const path = new Int32Array(n);
  if (n === 0) return path;
  const back = new Int32Array(n * K);
  let prev = new Float64Array(K);
  let cur = new Float64Array(K);
  for (let y = 0; y < K; y++) prev[y] = t.trans[y]! + emissions[y]!;
  for (let i = 1; i < n; i++) {
    const e = i * K;
    for (let y = 0; y < K; y++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < K; p++) {
        const s = prev[p]! + t.trans[(p + 1) * K + y]!;
        if (s > best) { best = s; arg = p; }
      }
      cur[y] = best + emissions[e + y]!;
      back[e + y] = arg;
    }
    const swap = prev; prev = cur; cur = swap;
  }
  let best = -Infinity, arg = 0;
  for (let y = 0; y < K; y++) {
    const s = prev[y]! + t.ends[y]!;
    if (s > best) { best = s; arg = y; }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * K + path[i]!]!;
  return path;
}

function logSumExp(xs: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > m) m = xs[i]!;
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.exp(xs[i]! - m);
  return m + Math.log(s);
}

/**
 * Per-token tag probabilities (n × nTags) of the scores divided by `temperature`.
 * @example marginals(emissions of 'قال ماكرون', 2, transitions, 1)[1 * 9 + 1] → 0.97 (B-PERS)
 */
export function marginals(emissions: Float32Array, n: number, t: Transitions, temperature: number): Float32Array {
  const K = t.nTags;
  const out = new Float32Array(n * K);
  if (n === 0) return out;
  const inv = 1 / temperature;
  const alpha = new Float64Array(n * K);
  const beta = new Float64Array(n * K);
  const tmp = new Float64Array(K);
  for (let y = 0; y < K; y++) alpha[y] = (t.trans[y]! + emissions[y]!) * inv;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < K; y++) {
      for (let p = 0; p < K; p++) tmp[p] = alpha[(i - 1) * K + p]! + t.trans[(p + 1) * K + y]! * inv;
      alpha[i * K + y] = logSumExp(tmp) + emissions[i * K + y]! * inv;
    }
  }
  for (let y = 0; y < K; y++) beta[(n - 1) * K + y] = t.ends[y]! * inv;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < K; p++) {
      for (let y = 0; y < K; y++) tmp[y] = t.trans[(p + 1) * K + y]! * inv + emissions[(i + 1) * K + y]! * inv + beta[(i + 1) * K + y]!;
      beta[i * K + p] = logSumExp(tmp);
    }
  }
  for (let y = 0; y < K; y++) tmp[y] = alpha[(n - 1) * K + y]! + beta[(n - 1) * K + y]!;
  const z = logSumExp(tmp);
  for (let i = 0; i < n * K; i++) out[i] = Math.exp(alpha[i]! + beta[i]! - z);
  return out;
}
