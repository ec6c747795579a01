import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: one opening mark typed twice (quotes-marks)', () => {
  it.each([
    // Paired alone, the first “ would take the last closer of the paragraph and swallow both quotations.
    ['وقال المتحدث إن الفنانة كتبت في بيان “”أنا حزينة جدا لما حدث اليوم”. وأكدت الشرطة أنها لم تكن في المنزل “ولم يصب أحد بأذى”.',
      ['أنا حزينة جدا لما حدث اليوم', 'ولم يصب أحد بأذى']],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual(quoted);
  });
});
