import { describe, expect, it } from 'vitest';
import { createWeightTable, insertRows, rowAdder } from '@/utils/nlp/ner/weight-table';

/** Distinct non-zero 32-bit keys from a fixed linear congruential sequence. */
function keysFrom(seed: number, n: number, skip: ReadonlySet<number> = new Set()): number[] {
  const out = new Set<number>();
  let x = seed;
  while (out.size < n) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    if (x !== 0 && !skip.has(x)) out.add(x);
  }
  return [...out];
}

describe('the weight table and its bitmap of stored keys', () => {
  const K = 3, N = 5000;
  const stored = keysFrom(7, N);
  const absent = keysFrom(99, N, new Set(stored));
  // Tag-major weights: row j's weight for tag y at src[j + y × N].
  const src = Int8Array.from({ length: N * K }, (_, i) => ((i * 37) % 255) - 127);

  it.each([false, true])('gives every stored row back and nothing for absent keys (float table: %s)', (float) => {
    const t = createWeightTable(N, K, float ? Float32Array.from(src) : src, N);
    insertRows(t, Uint32Array.from(stored), 0, N);
    const add = rowAdder(t);
    const acc = new Float64Array(K);
    stored.forEach((key, j) => {
      acc.fill(0);
      add(acc, Uint32Array.of(key), 0, 1);
      expect(Array.from(acc)).toEqual([src[j]!, src[j + N]!, src[j + 2 * N]!]);
    });
    acc.fill(0);
    add(acc, Uint32Array.from(absent), 0, absent.length);
    expect(Array.from(acc)).toEqual([0, 0, 0]);
  });
});
