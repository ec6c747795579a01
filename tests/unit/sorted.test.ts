import { describe, expect, it } from 'vitest';
import { partitionPoint } from '@/utils/sorted';

describe('partitionPoint', () => {
  const xs = [1, 3, 3, 5, 7];
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 3],
    [7, 4],
    [8, 5],
  ])('first index not below %i → %i', (x, expected) => {
    expect(partitionPoint(xs.length, (i) => xs[i]! < x)).toBe(expected);
  });
  it('is 0 on an empty range and never asks outside [0, n)', () => {
    const asked: number[] = [];
    expect(partitionPoint(0, () => true)).toBe(0);
    partitionPoint(xs.length, (i) => (asked.push(i), xs[i]! < 4));
    expect(asked.every((i) => i >= 0 && i < xs.length)).toBe(true);
  });
});
