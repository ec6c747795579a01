/**
 * Training of the name tagger: a first-order averaged structured perceptron over the hashed
 * features of utils/nlp/ner/features.ts, with feature dropout, a minimum feature count and
 * per-corpus feature copies (every feature also fires as "feature in corpus C"; the shipped
 * weights fold the ANERcorp copy into the shared one, so run time pays nothing for it).
 * Deterministic: the only randomness is a seeded generator.
 */
import type { PackedModel } from '../../utils/nlp/ner/codec';
import { viterbi } from '../../utils/nlp/ner/decode';
import type { SentenceFeatures } from '../../utils/nlp/ner/features';
import { mixHash } from '../../utils/nlp/ner/hash';
import { constrainedTransitions } from '../../utils/nlp/ner/model';
import type { CorpusName, TaggedSentence } from './ner-corpora';
import { rng } from './rng';

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
const K = TAGS.length;
const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));
const COPY_SEED: Record<CorpusName, number> = { anercorp: 0x51ed27a1, aqmar: 0x2b7e1516, wikifane: 0x3c6ef372, written: 0x7f4a7c15 };

export interface TrainConfig {
  epochs: number;
  /** Probability of dropping each feature occurrence in each epoch. */
  dropout: number;
  /** Features seen fewer times than this are not learned. */
  minCount: number;
  seed: number;
  /** Per-corpus feature copies. */
  copies: boolean;
  /** No progress bar on stderr. */
  quiet?: boolean;
}

function progress(label: string, done: number, total: number, quiet = false): void {
  if (quiet) return;
  const width = 30;
  const filled = Math.round((width * done) / total);
  process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((100 * done) / total)}%   `);
  if (done === total) process.stderr.write('\n');
}

/** Float weights before quantisation: general feature keys and their rows, plus transitions. */
export interface FloatModel { keys: Uint32Array; weights: Float64Array; transitions: Float32Array }

/** Trains on `sentences`; `featuresOf` gives each sentence's features (with its own lexicon). */
export function trainPerceptron(sentences: readonly TaggedSentence[], featuresOf: (s: TaggedSentence) => SentenceFeatures, cfg: TrainConfig): FloatModel {
  // 1. Features (and their corpus copies), then a vocabulary of keys seen minCount times.
  const sentKeys: Uint32Array[] = [];
  const sentOffsets: Int32Array[] = [];
  let totalOcc = 0;
  sentences.forEach((s, si) => {
    const f = featuresOf(s);
    if (!cfg.copies) { sentKeys.push(f.keys); sentOffsets.push(f.offsets); totalOcc += f.keys.length; }
    else {
      const seed = COPY_SEED[s.corpus];
      const keys = new Uint32Array(f.keys.length * 2);
      const offsets = new Int32Array(f.offsets.length);
      let p = 0;
      for (let t = 0; t + 1 < f.offsets.length; t++) {
        offsets[t] = p;
        for (let j = f.offsets[t]!; j < f.offsets[t + 1]!; j++) { keys[p++] = f.keys[j]!; keys[p++] = mixHash(f.keys[j]!, seed); }
      }
      offsets[f.offsets.length - 1] = p;
      sentKeys.push(keys); sentOffsets.push(offsets); totalOcc += keys.length;
    }
    if (si % 500 === 0 || si === sentences.length - 1) progress('features', si + 1, sentences.length, cfg.quiet);
  });
  const all = new Uint32Array(totalOcc);
  let p = 0;
  for (const k of sentKeys) { all.set(k, p); p += k.length; }
  all.sort();
  const vocab: number[] = [];
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i >= cfg.minCount) vocab.push(all[i]!);
    i = j;
  }
  const index = new KeyIndex(Uint32Array.from(vocab));
  const sentIdx = sentKeys.map((keys) => { const out = new Int32Array(keys.length); for (let i = 0; i < keys.length; i++) out[i] = index.get(keys[i]!); return out; });
  const gold = sentences.map((s) => Int32Array.from(s.tags, (t) => TAG_INDEX.get(t) ?? 0));

  // 2. The averaged perceptron (w, and u = Σ c·Δ, so that the average is w − u / c).
  const nF = vocab.length;
  const w = new Float64Array(nF * K), u = new Float64Array(nF * K);
  const tw = new Float64Array((K + 2) * K), tu = new Float64Array((K + 2) * K);
  const random = rng(cfg.seed);
  let c = 1;
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let trans = constrainedTransitions(TAGS, Float32Array.from(tw));
    for (let oi = 0; oi < order.length; oi++) {
      const si = order[oi]!;
      const idx = sentIdx[si]!, off = sentOffsets[si]!, g = gold[si]!;
      const n = g.length;
      const keep = new Uint8Array(idx.length);
      for (let j = 0; j < idx.length; j++) keep[j] = idx[j]! >= 0 && (cfg.dropout === 0 || random() >= cfg.dropout) ? 1 : 0;
      const em = new Float32Array(n * K);
      for (let t = 0; t < n; t++) {
        for (let j = off[t]!; j < off[t + 1]!; j++) {
          if (!keep[j]) continue;
          const r = idx[j]! * K;
          for (let y = 0; y < K; y++) em[t * K + y] = em[t * K + y]! + w[r + y]!;
        }
      }
      const path = viterbi(em, n, trans);
      let wrong = false;
      for (let t = 0; t < n; t++) {
        if (path[t] === g[t]) continue;
        wrong = true;
        for (let j = off[t]!; j < off[t + 1]!; j++) {
          if (!keep[j]) continue;
          const r = idx[j]! * K;
          const gi = r + g[t]!, pi = r + path[t]!;
          w[gi] = w[gi]! + 1; u[gi] = u[gi]! + c;
          w[pi] = w[pi]! - 1; u[pi] = u[pi]! - c;
        }
      }
      if (wrong) {
        for (let t = 0; t <= n; t++) {
          const gFrom = t === 0 ? 0 : g[t - 1]! + 1, pFrom = t === 0 ? 0 : path[t - 1]! + 1;
          const gKey = t === n ? (K + 1) * K + g[t - 1]! : gFrom * K + g[t]!;
          const pKey = t === n ? (K + 1) * K + path[t - 1]! : pFrom * K + path[t]!;
          if (gKey === pKey) continue;
          tw[gKey] = tw[gKey]! + 1; tu[gKey] = tu[gKey]! + c; tw[pKey] = tw[pKey]! - 1; tu[pKey] = tu[pKey]! - c;
        }
        trans = constrainedTransitions(TAGS, Float32Array.from(tw));
      }
      c++;
      if (oi % 200 === 0 || oi === order.length - 1) progress(`epoch ${epoch + 1}/${cfg.epochs}`, oi + 1, order.length, cfg.quiet);
    }
  }
  const avg = new Float64Array(nF * K);
  for (let i = 0; i < avg.length; i++) avg[i] = w[i]! - u[i]! / c;
  const tAvg = new Float32Array((K + 2) * K);
  for (let i = 0; i < tAvg.length; i++) tAvg[i] = tw[i]! - tu[i]! / c;

  // 3. Fold the ANERcorp copy into the shared weights; keep only the shared keys.
  if (!cfg.copies) return { keys: index.keys, weights: avg, transitions: tAvg };
  const outKeys: number[] = [];
  const rows: number[] = [];
  const isCopy = new Uint8Array(nF);
  // The copies of the corpora trained on (a corpus left out adds no key that could collide with a shared one).
  const seeds = [...new Set(sentences.map((s) => s.corpus))].map((c) => COPY_SEED[c]);
  for (const seed of seeds) for (let i = 0; i < nF; i++) { const ci = index.get(mixHash(index.keys[i]!, seed)); if (ci >= 0) isCopy[ci] = 1; }
  for (let i = 0; i < nF; i++) {
    const k = index.keys[i]!;
    if (isCopy[i]) continue;
    const ci = index.get(mixHash(k, COPY_SEED.anercorp));
    outKeys.push(k);
    for (let y = 0; y < K; y++) rows.push(avg[i * K + y]! + (ci >= 0 ? avg[ci * K + y]! : 0));
  }
  return { keys: Uint32Array.from(outKeys), weights: Float64Array.from(rows), transitions: tAvg };
}

/** A key → index table (open addressing) over a sorted vocabulary. */
class KeyIndex {
  private slots: Uint32Array;
  private vals: Int32Array;
  private mask: number;
  constructor(readonly keys: Uint32Array) {
    let cap = 1;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    keys.forEach((k, i) => { let s = k & this.mask; while (this.slots[s] !== 0) s = (s + 1) & this.mask; this.slots[s] = k; this.vals[s] = i; });
  }
  get(k: number): number {
    let s = k & this.mask;
    for (;;) {
      const f = this.slots[s]!;
      if (f === k) return this.vals[s]!;
      if (f === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}

/** The float weights as a tagger model (no quantisation, no pruning), to measure what 8 bits cost. */
export function unquantised(m: FloatModel, temperature: number, oBias: number): Omit<PackedModel, 'weights'> & { weights: Float32Array } {
  return { tags: TAGS, scale: 1, temperature, oBias, transitions: m.transitions, keys: m.keys, weights: Float32Array.from(m.weights) };
}

/** Quantises to 8 bits (scale from the 99.99th percentile of |w|) and drops rows whose largest |weight| rounds to `prune` or less. */
export function quantise(m: FloatModel, temperature: number, oBias: number, prune = 0): PackedModel {
  const abs = Float64Array.from(m.weights, Math.abs).sort();
  const clip = abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.9999))] || 1;
  const scale = clip / 127;
  const keys: number[] = [];
  const rows: number[] = [];
  const order = Array.from(m.keys.keys()).sort((a, b) => m.keys[a]! - m.keys[b]!);
  for (const i of order) {
    const q = Array.from({ length: K }, (_, y) => Math.max(-127, Math.min(127, Math.round(m.weights[i * K + y]! / scale))));
    if (q.every((v) => Math.abs(v) <= prune)) continue;
    keys.push(m.keys[i]!);
    rows.push(...q);
  }
  return { tags: TAGS, scale, temperature, oBias, transitions: m.transitions, keys: Uint32Array.from(keys), weights: Int8Array.from(rows) };
}

/**
 * Transitions with `penalty` taken off B-X → B-X and I-X → B-X: two names of one type side by
 * side are rare, and a first-order model otherwise splits حزب الليكود into two organisations.
 */
export function sameTypePenalty(transitions: Float32Array, tags: readonly string[], penalty: number): Float32Array {
  const out = Float32Array.from(transitions);
  tags.forEach((from, p) => tags.forEach((to, y) => {
    if (from !== 'O' && to.startsWith('B-') && from.slice(2) === to.slice(2)) out[(p + 1) * tags.length + y] = out[(p + 1) * tags.length + y]! - penalty;
  }));
  return out;
}

/** Drops the rows of a packed model whose largest |weight| is `prune` or less. */
export function pruneRows(m: PackedModel, prune: number): PackedModel {
  const K = m.tags.length;
  const keep: number[] = [];
  for (let i = 0; i < m.keys.length; i++) {
    let big = 0;
    for (let y = 0; y < K; y++) big = Math.max(big, Math.abs(m.weights[i * K + y]!));
    if (big > prune) keep.push(i);
  }
  const weights = new Int8Array(keep.length * K);
  keep.forEach((i, r) => weights.set(m.weights.subarray(i * K, i * K + K), r * K));
  return { ...m, keys: Uint32Array.from(keep, (i) => m.keys[i]!), weights };
}

/**
 * Transitions that add `bias[tag]` to every transition into that tag (from the start and from
 * every tag): the same as adding it to the tag's score at every token, so a decoding bias ships
 * inside the transitions. `spec` reads "B-PERS:2,I-PERS:1.5".
 */
export function tagBias(transitions: Float32Array, tags: readonly string[], spec: string): Float32Array {
  const out = Float32Array.from(transitions);
  const K = tags.length;
  for (const part of spec.split(',').filter((x) => x)) {
    const [tag, value] = part.split(':') as [string, string];
    const y = tags.indexOf(tag);
    if (y < 0 || !Number.isFinite(Number(value))) throw new Error(`bad tag bias ${part}`);
    for (let p = 0; p <= K; p++) out[p * K + y] = out[p * K + y]! + Number(value);
  }
  return out;
}
