import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isBarePlace } from '@/utils/nlp/quotes-object-cut';

const speakers = (text: string): Array<string | null> => detectQuotes(text).map((q) => q.speaker);

describe('quotes-object-cut: the verb\'s object after a definite subject is no part of it', () => {
  it.each([
    ['اوروبا', true],
    ['فرنسا', true],
    ['مصري', false],
    ['السبسي', false],
    ['وروسيا', false],
    ['الجزائر', false],
  ])('isBarePlace(%s) → %s', (f, yes) => {
    expect(isBarePlace(f)).toBe(yes);
  });

  it('ألمانيا: the article is read on the written word', () => {
    expect(isBarePlace('المانيا', 'ألمانيا')).toBe(true);
  });

  it('خاطب الرئيس الفرنسي ألمانيا قائلا: a place after the definite subject is the object', () => {
    expect(speakers('وخاطب الرئيس الفرنسي ألمانيا بلهجة حادة قائلا: «لن نقبل بهذا الاتفاق أبدا».')).toEqual(['الرئيس الفرنسي']);
  });

  it('حثت الحكومة الألمانية حلفاءها: a noun with a pronoun after the definite subject is the object', () => {
    expect(speakers('وحثت الحكومة الألمانية حلفاءها على «التحرك السريع لوقف الحرب في المنطقة».')).toEqual(['الحكومة الألمانية']);
  });

  it('تعهد وزير المالية المغربي بإصدار: a بـ phrase with a verbal noun is the complement', () => {
    expect(speakers('وتعهد وزير المالية المغربي بإصدار قانون جديد قائلا: «سنحمي صغار المستثمرين من الخسائر».')).toEqual(['وزير المالية المغربي']);
  });

  it('وقال الرئيس التونسي قائد السبسي: a name after the role stays', () => {
    expect(speakers('وقال الرئيس التونسي قائد السبسي: «نحن نرحب بالجميع في بلادنا».')).toEqual(['الرئيس التونسي قائد السبسي']);
  });
});
