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

// Scratch space reused across calls (decoding is synchronous), grown on demand.
let back = new Int32Array(0);
let rows = new Float64Array(0);

/**
 * For each tag, the tags that may come before it (a finite transition), in increasing order,
 * and for each tag the tags that may follow it: BIO forbids most transitions into I- tags, and
 * a forbidden term adds nothing to a maximum or a sum, so the loops leave it out.
 */
interface Allowed { preds: Int32Array[]; succs: Int32Array[] }
const allowedCache = new WeakMap<Float32Array, Allowed>();

function allowedOf(t: Transitions): Allowed {
  let a = allowedCache.get(t.trans);
  if (!a) {
    const K = t.nTags;
    const ok = (p: number, y: number) => t.trans[(p + 1) * K + y]! !== -Infinity;
    const range = Array.from({ length: K }, (_, i) => i);
    a = {
      preds: range.map((y) => Int32Array.from(range.filter((p) => ok(p, y)))),
      succs: range.map((p) => Int32Array.from(range.filter((y) => ok(p, y)))),
    };
    allowedCache.set(t.trans, a);
  }
  return a;
}

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
  // Two score rows in one scratch array: the previous token's at `prev`, the current one's at `cur`.
  let prev = 0, cur = K;
  const { preds } = allowedOf(t);
  for (let y = 0; y < K; y++) rows[y] = t.trans[y]! + emissions[y]!;
  for (let i = 1; i < n; i++) {
    const e = i * K;
    for (let y = 0; y < K; y++) {
      let best = -Infinity, arg = 0;
      const from = preds[y]!;
      for (let q = 0; q < from.length; q++) {
        const p = from[q]!;
        const s = rows[prev + p]! + t.trans[(p + 1) * K + y]!;
        if (s > best) { best = s; arg = p; }
      }
      rows[cur + y] = best + emissions[e + y]!;
      back[e + y] = arg;
    }
    const swap = prev; prev = cur; cur = swap;
  }
  let best = -Infinity, arg = 0;
  for (let y = 0; y < K; y++) {
    const s = rows[prev + y]! + t.ends[y]!;
    if (s > best) { best = s; arg = y; }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * K + path[i]!]!;
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

let scratch = new Float64Array(0);
let expCache: { trans: Float32Array; inv: number; et: Float64Array; ends: Float64Array } | null = null;

/**
 * The probability of each token's tag on `path` (what `marginals` gives at those tags), with
 * no allocation beyond the result: the confidences of a tagged sentence.
 * @example pathMarginals(emissions of 'قال ماكرون', 2, transitions, 1, [0, 1]) → [0.99, 0.97]
 */
export function pathMarginals(emissions: Float32Array, n: number, t: Transitions, temperature: number, path: Int32Array): Float32Array {
  const K = t.nTags;
  const out = new Float32Array(n);
  if (n === 0) return out;
  const inv = 1 / temperature;
  if (!expCache || expCache.trans !== t.trans || expCache.inv !== inv) {
    const et = new Float64Array((K + 1) * K);
    for (let i = 0; i < et.length; i++) et[i] = Math.exp(t.trans[i]! * inv);
    expCache = { trans: t.trans, inv, et, ends: Float64Array.from(t.ends, (v) => Math.exp(v * inv)) };
  }
  const { et, ends } = expCache;
  if (scratch.length < 3 * n * K) scratch = new Float64Array(3 * n * K + 1024);
  const ee = scratch, A = n * K, B = 2 * n * K;
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let y = 0; y < K; y++) m = Math.max(m, emissions[i * K + y]!);
    for (let y = 0; y < K; y++) ee[i * K + y] = Math.exp((emissions[i * K + y]! - m) * inv);
  }
  const norm = (off: number) => {
    let z = 0;
    for (let y = 0; y < K; y++) z += scratch[off + y]!;
    if (z > 0) for (let y = 0; y < K; y++) scratch[off + y] = scratch[off + y]! / z;
  };
  const { preds, succs } = allowedOf(t);
  for (let y = 0; y < K; y++) scratch[A + y] = et[y]! * ee[y]!;
  norm(A);
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < K; y++) {
      let s = 0;
      const from = preds[y]!;
      for (let q = 0; q < from.length; q++) {
        const p = from[q]!;
        s += scratch[A + (i - 1) * K + p]! * et[(p + 1) * K + y]!;
      }
      scratch[A + i * K + y] = s * ee[i * K + y]!;
    }
    norm(A + i * K);
  }
  for (let y = 0; y < K; y++) scratch[B + (n - 1) * K + y] = ends[y]!;
  norm(B + (n - 1) * K);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < K; p++) {
      let s = 0;
      const to = succs[p]!;
      for (let q = 0; q < to.length; q++) {
        const y = to[q]!;
        s += et[(p + 1) * K + y]! * ee[(i + 1) * K + y]! * scratch[B + (i + 1) * K + y]!;
      }
      scratch[B + i * K + p] = s;
    }
    norm(B + i * K);
  }
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let y = 0; y < K; y++) z += scratch[A + i * K + y]! * scratch[B + i * K + y]!;
    const y = path[i]!;
    out[i] = z > 0 ? (scratch[A + i * K + y]! * scratch[B + i * K + y]!) / z : 0;
  }
  return out;
}
