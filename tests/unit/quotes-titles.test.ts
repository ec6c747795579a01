import { describe, expect, it } from 'vitest';
import { foldArabic } from '@/utils/nlp/normalize';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isNameNoun } from '@/utils/nlp/quotes-name-nouns';

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

describe('a figure in marks is emphasis, not a quotation', () => {
  it.each([
    'أعلنت شركة الطيران عن إضافة "4,120" مقعدا إلى جدول رحلاتها خلال موسم الصيف.',
    'وأوضح المدير أن المطار استقبل خلال الربع الأول «96,310» مسافرا بنسبة نمو بلغت «17%».',
  ])('%s', (text) => {
    expect(detectQuotes(text)).toEqual([]);
  });

  it('words with a figure in them are still words said', () => {
    expect(detectQuotes('وقال المدير: «استقبلنا 96 ألف مسافر هذا العام».').map((q) => q.text)).toEqual(['استقبلنا 96 ألف مسافر هذا العام']);
  });
});
