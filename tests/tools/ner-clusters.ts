/**
 * Word clusters for the name tagger, learned from unlabelled text only (the words of the CC BY-SA
 * corpora, never their tags): the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney
 * 1998) moves each word to the class that most raises the likelihood of a class-bigram model,
 * pass after pass. A rare name then shares weights with the frequent names it stands like.
 * Deterministic: words are visited in frequency order and ties keep the current class.
 */
import { foldArabic } from '../../utils/nlp/normalize';

export interface ClusterConfig {
  /** Number of classes. */
  classes: number;
  /** Passes over the vocabulary. */
  passes: number;
  /** Words seen fewer times than this are clustered but left out of the result. */
  minCount: number;
}

/** Neighbour lists of one word: ids and counts of the words right after it and right before it. */
interface Neighbours { right: Int32Array; rightN: Int32Array; left: Int32Array; leftN: Int32Array; self: number }

/** Word ids by frequency (0 and 1 are the sentence edges), counts and neighbour lists. */
function bigrams(sentences: readonly (readonly string[])[]): { words: string[]; count: Int32Array; nb: Neighbours[] } {
  const folded = sentences.map((s) => s.map((w) => foldArabic(w)));
  const freq = new Map<string, number>();
  for (const s of folded) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = ['<s>', '</s>', ...[...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)];
  const id = new Map(words.map((w, i) => [w, i]));
  const count = Int32Array.from(words, (w) => freq.get(w) ?? 0);
  const pairs = new Map<number, number>();
  const V = words.length;
  for (const s of folded) {
    const ids = [0, ...s.map((w) => id.get(w)!), 1];
    for (let i = 0; i + 1 < ids.length; i++) { const k = ids[i]! * V + ids[i + 1]!; pairs.set(k, (pairs.get(k) ?? 0) + 1); }
  }
  const right: [number, number][][] = words.map(() => []), left: [number, number][][] = words.map(() => []);
  const self = new Int32Array(V);
  for (const [k, n] of [...pairs].sort((a, b) => a[0] - b[0])) {
    const a = Math.floor(k / V), b = k % V;
    if (a === b) { self[a] = n; continue; }
    right[a]!.push([b, n]);
    left[b]!.push([a, n]);
  }
  const nb = words.map((_, w) => ({
    right: Int32Array.from(right[w]!, ([x]) => x), rightN: Int32Array.from(right[w]!, ([, n]) => n),
    left: Int32Array.from(left[w]!, ([x]) => x), leftN: Int32Array.from(left[w]!, ([, n]) => n), self: self[w]!,
  }));
  return { words, count, nb };
}

/**
 * Folded word → class (0 … classes − 1) of every word of `sentences`.
 * @example buildClusters(sentences, { classes: 64, passes: 5, minCount: 3 }).get('باريس') === …get('لندن') → often true
 */
export function buildClusters(sentences: readonly (readonly string[])[], cfg: ClusterConfig): Map<string, number> {
  const { words, count, nb } = bigrams(sentences);
  const V = words.length, K = cfg.classes + 2;
  let total = 0;
  for (const n of count) total += n;
  // x log x for every count that can occur, looked up instead of computed.
  const f = new Float64Array(total + 2 * V + 2);
  for (let x = 1; x < f.length; x++) f[x] = x * Math.log(x);
  // Classes 0 and 1 hold the sentence edges and never change; words start round-robin by frequency.
  const cls = Int32Array.from(words, (_, w) => (w < 2 ? w : 2 + ((w - 2) % cfg.classes)));
  const N = new Int32Array(K * K), uni = new Int32Array(K);
  for (let w = 0; w < V; w++) {
    const c = cls[w]!, n = nb[w]!;
    uni[c] = uni[c]! + count[w]!;
    for (let j = 0; j < n.right.length; j++) { const k = c * K + cls[n.right[j]!]!; N[k] = N[k]! + n.rightN[j]!; }
    N[c * K + c] = N[c * K + c]! + n.self;
  }
  const R = new Int32Array(K), L = new Int32Array(K);
  const touchedR: number[] = [], touchedL: number[] = [];
  const move = (w: number, c: number, sign: number) => {
    for (const r of touchedR) N[c * K + r] = N[c * K + r]! + sign * R[r]!;
    for (const l of touchedL) N[l * K + c] = N[l * K + c]! + sign * L[l]!;
    N[c * K + c] = N[c * K + c]! + sign * nb[w]!.self;
    uni[c] = uni[c]! + sign * count[w]!;
  };
  for (let pass = 0; pass < cfg.passes; pass++) {
    let moved = 0;
    for (let w = 2; w < V; w++) {
      const n = nb[w]!;
      touchedR.length = touchedL.length = 0;
      for (let j = 0; j < n.right.length; j++) { const c = cls[n.right[j]!]!; if (R[c] === 0) touchedR.push(c); R[c] = R[c]! + n.rightN[j]!; }
      for (let j = 0; j < n.left.length; j++) { const c = cls[n.left[j]!]!; if (L[c] === 0) touchedL.push(c); L[c] = L[c]! + n.leftN[j]!; }
      const from = cls[w]!;
      move(w, from, -1);
      let best = from, bestGain = -Infinity;
      for (let b = 2; b < K; b++) {
        let gain = -2 * (f[uni[b]! + count[w]!]! - f[uni[b]!]!);
        for (const r of touchedR) if (r !== b) gain += f[N[b * K + r]! + R[r]!]! - f[N[b * K + r]!]!;
        for (const l of touchedL) if (l !== b) gain += f[N[l * K + b]! + L[l]!]! - f[N[l * K + b]!]!;
        const bb = N[b * K + b]!;
        gain += f[bb + R[b]! + L[b]! + n.self]! - f[bb]!;
        if (gain > bestGain + 1e-9 || (b === from && gain >= bestGain - 1e-9)) { bestGain = gain; best = b; }
      }
      move(w, best, 1);
      if (best !== from) moved++;
      cls[w] = best;
      for (const r of touchedR) R[r] = 0;
      for (const l of touchedL) L[l] = 0;
    }
    if (moved === 0) break;
  }
  const out = new Map<string, number>();
  for (let w = 2; w < V && count[w]! >= cfg.minCount; w++) out.set(words[w]!, cls[w]! - 2);
  return out;
}
