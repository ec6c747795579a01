import { describe, expect, it } from 'vitest';
import { median, perSecond, quantile, round, roundSpread, spread, summarize } from '../tools/bench-stats';

describe('quantile', () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0, 1],
    [[4, 1, 3, 2], 1, 4],
    [[0, 10], 0.1, 1],
    [[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.95, 95],
  ])('quantile(%j, %d) = %d', (xs, q, want) => {
    expect(quantile(xs, q)).toBeCloseTo(want, 10);
  });

  it('is NaN on no values and refuses a quantile outside [0, 1]', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('median, spread and summary', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([9, 1, 5, 7])).toBe(6);
  });

  it('gives p10 and p90 as the spread, unmoved by one wild run', () => {
    const runs = [10, 11, 12, 10, 11, 12, 10, 11, 12, 10, 500];
    const [lo, hi] = spread(runs);
    expect(lo).toBe(10);
    expect(hi).toBe(12);
    expect(summarize(runs)).toEqual({ median: 11, spread: [10, 12], runs: 11 });
  });
});

describe('round and perSecond', () => {
  it('rounds, and turns what JSON cannot hold into null', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1234.5, 0)).toBe(1235);
    expect(round(Number.NaN)).toBeNull();
    expect(round(Number.POSITIVE_INFINITY)).toBeNull();
    expect(round(null)).toBeNull();
    expect(round(undefined)).toBeNull();
    expect(roundSpread([1.234, Number.NaN], 1)).toEqual([1.2, null]);
    expect(roundSpread(null)).toBeNull();
  });

  it('counts per second from milliseconds and is NaN for no time', () => {
    expect(perSecond(500, 250)).toBe(2000);
    expect(perSecond(5, 0)).toBeNaN();
  });
});
