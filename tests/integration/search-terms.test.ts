import { describe, expect, it } from 'vitest';
import { queryWords, searchTokens } from '@/utils/db/search-terms';

describe('search words', () => {
  it('folds hamza, alef maqsura and tashkeel the same way for pages and queries', () => {
    const tokens = searchTokens(['أمريكا والمُصطفى']);
    expect(tokens).toContain('امريكا');
    expect(tokens).toContain('المصطفي');
    expect(queryWords('أَمريكا')).toEqual(['امريكا']);
    expect(queryWords('إمريكا')).toEqual(['امريكا']);
  });

  it('indexes the proclitic readings of a word so that the bare name finds it', () => {
    const tokens = searchTokens(['ولأمريكا وبالرئيس']);
    expect(tokens).toEqual(expect.arrayContaining(['ولامريكا', 'امريكا', 'وبالرئيس', 'رئيس', 'الرئيس']));
  });

  it('lower-cases Latin words and keeps numbers', () => {
    expect(searchTokens(['NATO قمة ٢٠٢٤'])).toEqual(expect.arrayContaining(['nato', 'قمة', '2024']));
  });

  it.each([
    ['', []],
    ['؟ ! ،', []],
    ['و', []],
    ['ب ترامب', ['ترامب']],
    ['ترامب ترامب', ['ترامب']],
  ])('query %j → %j', (q, want) => {
    expect(queryWords(q)).toEqual(want);
  });

  it('caps the words of one page', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `كلمة${i}`).join(' ');
    expect(searchTokens([long]).length).toBeLessThanOrEqual(1500);
  });
});
