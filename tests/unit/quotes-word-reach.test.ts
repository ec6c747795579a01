import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a one-word pair is the speaker\'s word only near the speech word (quotes-score)', () => {
  it('a word set off far from the speech verb is the writer\'s term', () => {
    expect(quoteTexts('وأشارت الشركة إلى أن الجهاز الجديد يعمل بتقنية الجيل الرابع من شبكات الاتصال مع خصائص أفضل في ما يتعلق بالتقاط الصور الذاتية «سيلفي».')).toEqual([]);
  });

  it('a word set off right after the reported subject is the speaker\'s', () => {
    expect(quoteTexts('وقال الوزير إن الخطة كانت «ناجحة».')).toEqual(['ناجحة']);
  });
});
