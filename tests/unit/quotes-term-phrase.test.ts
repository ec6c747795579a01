import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

describe('quotes-term-phrase: a construct phrase a noun or preposition takes is a term, not words said', () => {
  it.each([
    ['وقال الخبير إن قرارا صدر الشهر الماضي حول «حماية البيانات الشخصية» في الشركات الكبرى.'],
    ['وقال الباحث إن الشركة تعمل على حل «مشكلة النقل الأخير» في المدن.'],
    // a head that starts with ف or و is a noun all the same (فكرة، وثيقة)
    ['وقال الوزير إن الحزب يدعو إلى تبني «فكرة الدولة الواحدة» منذ سنوات.'],
  ])('%s', (text) => {
    expect(detectQuotes(text)).toEqual([]);
  });

  it.each([
    // A phrase with a preposition, or a definite head, stays the speaker's wording.
    ['وقال الوزير إن القرار «إهانة للشعب الفلسطيني» بكل المقاييس.', 'إهانة للشعب الفلسطيني'],
    ['وحذر الرئيس من «الانزلاق إلى الفوضى» في البلاد.', 'الانزلاق إلى الفوضى'],
  ])('%s', (text, quoted) => {
    expect(detectQuotes(text).map((q) => q.text)).toEqual([quoted]);
  });
});
