import { describe, expect, it } from 'vitest';
import { written } from '@/utils/nlp/name-words';

describe('written: letters as written, marks and tatweel dropped', () => {
  it.each([
    ['فإن', 'فإن'],
    ['على', 'على'],
    ['شاكرًا', 'شاكرا'],
    ['مُحَمَّدٌ', 'محمد'],
    ['الـرئيس', 'الرئيس'],
    ['هٰذا', 'هذا'],
    ['Paris', 'Paris'],
  ])('%s → %s', (w, expected) => {
    expect(written(w)).toBe(expected);
  });
});
