import { describe, expect, it } from 'vitest';
import { compareNames, partitionPoint } from '@/utils/sorted';

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

describe('compareNames', () => {
  it('files the alef forms, ى/ي and ة/ه together, as an Arabic reader does', () => {
    expect(['أحمد', 'ابراهيم'].sort(compareNames)).toEqual(['ابراهيم', 'أحمد']);
    expect(['إيمانويل ماكرون', 'اردوغان'].sort(compareNames)).toEqual(['اردوغان', 'إيمانويل ماكرون']);
    expect(['مصطفى كمال', 'مصطفي احمد'].sort(compareNames)).toEqual(['مصطفي احمد', 'مصطفى كمال']);
  });
  it('ignores marks and tatweel, then orders by the names as written, so the order is total', () => {
    expect(compareNames('مُحمّد', 'محمد')).not.toBe(0);
    expect(Math.sign(compareNames('مُحمّد', 'محمود'))).toBe(Math.sign(compareNames('محمد', 'محمود')));
    expect(compareNames('محـمد', 'محمد')).toBe(-compareNames('محمد', 'محـمد'));
    expect(compareNames('فاطمة', 'فاطمة')).toBe(0);
  });
  it('sorts Latin names by code unit', () => {
    expect(['Zelensky', 'Biden', 'Macron'].sort(compareNames)).toEqual(['Biden', 'Macron', 'Zelensky']);
  });
});
