/**
 * Sequence decoding over per-token tag scores: Viterbi for the best tag path and
 * forward-backward for per-token tag probabilities (the confidence of a span).
 * Scores are laid out row-major: `emissions[t * nTags + y]`; transitions are
 * `trans[(from + 1) * nTags + to]` with row 0 for the sentence start, and `ends[y]` closes.
 */
import { allowedOf, type Transitions } from './transitions';

// Scratch space reused across calls (decoding is synchronous), grown on demand.
let back = new Int32Array(0);
let rows = new Float64Array(0);

/**
 * The highest-scoring tag path (tag indices) for `n` tokens.
 * @example viterbi(emissions of 'قال ماكرون', 2, transitions) → [0, 1] (O, B-PERS)
 */
export function viterbi(emissions: Float32Array, n: number, t: Transitions): Int32Array {
  const K = t.nTags;
  const path = new Int32Array(n);
  if (n === 0) return path;
  if (back.length < n * K) back = new Int32Array(2 * n * K);
  if (rows.length < 2 * K) rows = new Float64Array(2 * K);
  const bp = back, r = rows;
  // Two score rows in one scratch array: the previous token's at `prev`, the current one's at `cur`.
  let prev = 0, cur = K;
  const { from, fromAt, fromScore } = allowedOf(t);
  for (let y = 0; y < K; y++) r[y] = t.trans[y]! + emissions[y]!;
  for (let i = 1; i < n; i++) {
    const e = i * K;
    for (let y = 0; y < K; y++) {
      let best = -Infinity, arg = 0;
      for (let q = fromAt[y]!, end = fromAt[y + 1]!; q < end; q++) {
        const s = r[prev + from[q]!]! + fromScore[q]!;
        if (s > best) { best = s; arg = from[q]!; }
      }
      r[cur + y] = best + emissions[e + y]!;
      bp[e + y] = arg;
    }
    const swap = prev; prev = cur; cur = swap;
  }
  let best = -Infinity, arg = 0;
  for (let y = 0; y < K; y++) {
    const s = r[prev + y]! + t.ends[y]!;
    if (s > best) { best = s; arg = y; }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = bp[i * K + path[i]!]!;
  return path;
}

/**
 * Per-token tag probabilities (n × nTags) of the scores divided by `temperature`; scaled
 * forward-backward in probability space (one exp per tag and token, no logs).
 * @example marginals(emissions of 'قال ماكرون', 2, transitions, 1)[1 * 9 + 1] → 0.97 (B-PERS)
 */
export function marginals(emissions: Float32Array, n: number, t: Transitions, temperature: number): Float32Array {
  const K = t.nTags;
  const out = new Float32Array(n * K);
  if (n === 0) return out;
  const inv = 1 / temperature;
  const et = new Float64Array((K + 1) * K);
  for (let i = 0; i < et.length; i++) et[i] = Math.exp(t.trans[i]! * inv);
  const ee = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let y = 0; y < K; y++) m = Math.max(m, emissions[i * K + y]!);
    for (let y = 0; y < K; y++) ee[i * K + y] = Math.exp((emissions[i * K + y]! - m) * inv);
  }
  const alpha = new Float64Array(n * K);
  const beta = new Float64Array(n * K);
  const norm = (a: Float64Array, off: number) => {
    let z = 0;
    for (let y = 0; y < K; y++) z += a[off + y]!;
    if (z > 0) for (let y = 0; y < K; y++) a[off + y] = a[off + y]! / z;
  };
  for (let y = 0; y < K; y++) alpha[y] = et[y]! * ee[y]!;
  norm(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < K; y++) {
      let s = 0;
      for (let p = 0; p < K; p++) s += alpha[(i - 1) * K + p]! * et[(p + 1) * K + y]!;
      alpha[i * K + y] = s * ee[i * K + y]!;
    }
    norm(alpha, i * K);
  }
  for (let y = 0; y < K; y++) beta[(n - 1) * K + y] = Math.exp(t.ends[y]! * inv);
  norm(beta, (n - 1) * K);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < K; p++) {
      let s = 0;
      for (let y = 0; y < K; y++) s += et[(p + 1) * K + y]! * ee[(i + 1) * K + y]! * beta[(i + 1) * K + y]!;
      beta[i * K + p] = s;
    }
    norm(beta, i * K);
  }
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let y = 0; y < K; y++) z += alpha[i * K + y]! * beta[i * K + y]!;
    for (let y = 0; y < K; y++) out[i * K + y] = z > 0 ? (alpha[i * K + y]! * beta[i * K + y]!) / z : 0;
  }
  return out;
}
