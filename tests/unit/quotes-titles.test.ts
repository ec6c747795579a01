import { describe, expect, it } from 'vitest';
import { foldArabic } from '@/utils/nlp/normalize';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isNameNoun } from '@/utils/nlp/quotes-speech';

describe('topics, works and headlines in marks are names, not quotations', () => {
  it.each(['موضوع', 'موسوعة', 'لوحة', 'قصائده', 'بعناوين'])('%s makes a name', (w) => {
    expect(isNameNoun(foldArabic(w))).toBe(true);
  });

  it.each([
    'وأكد أن المسابقة هي البحوث والدراسات العلمية في موضوع "أثر الأعراف السلبية الاجتماعية في إعاقة التنمية في المملكة".',
    'وأشار إلى أن المشاهد السعودي تعوّد على مشاهدة لوحة «تقديم التلفزيون المصري» وغير ذلك.',
    'اطلع على حياة المسلمين في منفاه، وتأثر بذلك، وكتب قصائده «قبسات من القرآن، الرسول، ليلى العربية، محاكمة العربي»، والتي تشير إلى إعجابه.',
  ])('%s', (text) => {
    expect(detectQuotes(text)).toEqual([]);
  });

  it('a quotation after a speech verb still counts', () => {
    expect(detectQuotes('وقال الوزير في الموضوع: «سنعمل على حل هذه المشكلة قريبا جدا».').map((q) => q.text)).toEqual(['سنعمل على حل هذه المشكلة قريبا جدا']);
  });
});
