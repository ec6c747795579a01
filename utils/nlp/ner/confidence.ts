/**
 * Per-token confidences of a tagged sentence: the probability of each token's tag on the
 * decoded path, by scaled forward-backward in probability space (one exp per tag and token).
 */
import { allowedOf, type Allowed, type Transitions } from './transitions';

// Scratch space reused across calls (decoding is synchronous), grown on demand.
let scratch = new Float64Array(0);

/** exp(score / temperature) of the finite transitions (laid out as in Allowed), of the start row and of the ends. */
interface ExpTransitions { trans: Float32Array; inv: number; start: Float64Array; from: Float64Array; to: Float64Array; ends: Float64Array }
let expCache: ExpTransitions | null = null;

function expTransitions(t: Transitions, inv: number, a: Allowed): ExpTransitions {
  if (!expCache || expCache.trans !== t.trans || expCache.inv !== inv) {
    const exp = (v: number) => Math.exp(v * inv);
    expCache = { trans: t.trans, inv, start: Float64Array.from(t.trans.subarray(0, t.nTags), exp), from: a.fromScore.map(exp), to: a.toScore.map(exp), ends: Float64Array.from(t.ends, exp) };
  }
  return expCache;
}

/** Divides a[off .. off + K) by its sum, when that is positive. */
function normalizeRow(a: Float64Array, off: number, K: number): void {
  let z = 0;
  for (let y = 0; y < K; y++) z += a[off + y]!;
  if (z > 0) for (let y = 0; y < K; y++) a[off + y] = a[off + y]! / z;
}

/**
 * The probability of each token's tag on `path` (what `marginals` gives at those tags), with
 * no allocation beyond the result: the confidences of a tagged sentence. Given `from` and `to`,
 * only tokens from..to get theirs (the others stay 0): the forward pass then stops at `to` and
 * the backward pass at `from`, and those tokens' values are the same as in the full run.
 * @example pathMarginals(emissions of 'قال ماكرون', 2, transitions, 1, [0, 1]) → [0.99, 0.97]
 */
export function pathMarginals(emissions: Float32Array, n: number, t: Transitions, temperature: number, path: Int32Array, from = 0, to = n - 1): Float32Array {
  const K = t.nTags;
  const out = new Float32Array(n);
  if (n === 0) return out;
  const first = from * K, last = to * K;
  const inv = 1 / temperature;
  const allowed = allowedOf(t);
  const { from: prevOf, fromAt, to: nextOf, toAt } = allowed;
  const et = expTransitions(t, inv, allowed);
  if (scratch.length < 3 * n * K) scratch = new Float64Array(3 * n * K + 1024);
  // Exponentiated emissions at [0, A), the scaled forward pass at [A, B), the backward at [B, 3 n K).
  const s = scratch, A = n * K, B = 2 * n * K;
  for (let e = 0; e < A; e += K) {
    let m = -Infinity;
    for (let y = 0; y < K; y++) m = Math.max(m, emissions[e + y]!);
    for (let y = 0; y < K; y++) s[e + y] = Math.exp((emissions[e + y]! - m) * inv);
  }
  for (let y = 0; y < K; y++) s[A + y] = et.start[y]! * s[y]!;
  normalizeRow(s, A, K);
  for (let e = K; e <= last; e += K) {
    for (let y = 0; y < K; y++) {
      let sum = 0;
      for (let q = fromAt[y]!, end = fromAt[y + 1]!; q < end; q++) sum += s[A + e - K + prevOf[q]!]! * et.from[q]!;
      s[A + e + y] = sum * s[e + y]!;
    }
    normalizeRow(s, A + e, K);
  }
  for (let y = 0; y < K; y++) s[B + A - K + y] = et.ends[y]!;
  normalizeRow(s, B + A - K, K);
  for (let e = A - 2 * K; e >= first; e -= K) {
    for (let p = 0; p < K; p++) {
      let sum = 0;
      for (let q = toAt[p]!, end = toAt[p + 1]!; q < end; q++) {
        const y = nextOf[q]!;
        sum += et.to[q]! * s[e + K + y]! * s[B + e + K + y]!;
      }
      s[B + e + p] = sum;
    }
    normalizeRow(s, B + e, K);
  }
  for (let i = from, e = first; i <= to; i++, e += K) {
    let z = 0;
    for (let y = 0; y < K; y++) z += s[A + e + y]! * s[B + e + y]!;
    const y = path[i]!;
    out[i] = z > 0 ? (s[A + e + y]! * s[B + e + y]!) / z : 0;
  }
  return out;
}
