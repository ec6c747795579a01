import { describe, expect, it } from 'vitest';
import { formatCount, formatDate } from '@/components/format';

describe('formatDate (no Intl: the Arabic messages outside an extension)', () => {
  it('writes day, month name and year in the reader’s time zone', () => {
    const ms = new Date(2026, 10, 30, 23, 59).getTime();
    expect(formatDate(ms)).toBe('30 نوفمبر 2026');
    expect(formatDate(new Date(2024, 0, 1, 0, 0).getTime())).toBe('1 يناير 2024');
    expect(formatDate(new Date(2025, 4, 9).getTime())).toBe('9 مايو 2025');
  });
  it('gives an empty string, not "Invalid Date", for a time that is not one', () => {
    expect(formatDate(Number.NaN)).toBe('');
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [200000, '200,000'],
    [1234567, '1,234,567'],
  ])('%i → %s', (n, s) => {
    expect(formatCount(n)).toBe(s);
  });
});
