import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

/** The speakers of the quotations of `text`. */
const speakers = (text: string): Array<string | null> => detectQuotes(text, []).map((q) => q.speaker);

describe('quotes-quantity: a quantity word goes on through من to the people counted', () => {
  it('وقال عدد من السكان: the residents, not عدد', () => {
    expect(speakers('وقال عدد من السكان إن «المياه لم تصل منذ أسبوع كامل».')).toEqual(['عدد من السكان']);
  });

  it('ويقول عدد كبير من التجار: with a size adjective', () => {
    expect(speakers('ويقول عدد كبير من التجار: «الأسعار ارتفعت كثيرا هذا الشهر».')).toEqual(['عدد كبير من التجار']);
  });

  it('وقال الوزير من جهته: من still ends any other subject', () => {
    expect(speakers('وقال الوزير من جهته: «سنواصل العمل على المشروع».')).toEqual(['الوزير']);
  });
});
