import { describe, expect, it } from 'vitest';
import { foldedQuote, quotedWords } from '@/utils/nlp/quotes-shape';

describe('foldedQuote and quotedWords', () => {
  it('fold the quoted words and drop the punctuation that ends them', () => {
    expect(foldedQuote('«أكثر انسجاما.»', 1, 14)).toBe('اكثر انسجاما');
    expect(quotedWords('«صعب  جدا،»', 1, 10)).toEqual(['صعب', 'جدا']);
  });

  it('keep punctuation inside the quotation and give no words for an empty one', () => {
    expect(foldedQuote('«نعم، ولا»', 1, 9)).toBe('نعم، ولا');
    expect(quotedWords('« »', 1, 2)).toEqual([]);
  });
});
