import { describe, expect, it } from 'vitest';
import { isAddressing, isToAgency } from '@/utils/nlp/quotes-addressee';
import { quoteSpeakers } from './person-mentions';

describe('quotes-addressee: the agency or outlet spoken to is not the speaker', () => {
  it.each([['لرويترز', true], ['لفرانس', true], ['لبنى', false], ['لجنة', false], ['رويترز', false]])('%s → %s', (word, told) => {
    expect(isToAgency(word)).toBe(told);
  });

  it('وقالت لرويترز: the speaker named before, not Reuters', () => {
    const text = 'وقالت النائبة هدى الزين إن الحدود مغلقة منذ أسبوع. وقالت لرويترز «لم يعد أحد قادرا على العبور منذ الهجوم الأخير».';
    expect(quoteSpeakers(text, [['هدى الزين', 'p:هدى الزين']])).toEqual(['هدى الزين']);
  });

  it('a subject, then the agency it spoke to: the subject alone', () => {
    expect(quoteSpeakers('وقال أحد سكان الحي لرويترز عبر الهاتف «سمعنا انفجارين قويين قبل الفجر بقليل».')).toEqual(['أحد سكان الحي']);
  });

  it('صرح لوكالة الأنباء الألمانية (د.ب.أ) بأن: the speaker named before, not the agency', () => {
    const text = 'ورحب رجل الأعمال سامر حداد بالاتفاق. وصرح لوكالة الأنباء الألمانية (د.ب.أ) بأن «هذا الإطار سيمنح الشركات الأمان الذي تحتاجه».';
    expect(quoteSpeakers(text, [['سامر حداد', 'p:سامر حداد']])).toEqual(['سامر حداد']);
  });

  it('the agency as a source stays the source (وفقا لرويترز)', () => {
    expect(quoteSpeakers('وذكرت وكالة رويترز أن الشرطة «لم تعثر على أي أثر للمفقودين حتى مساء أمس».')).toEqual(['وكالة رويترز']);
  });
});

describe('quotes-addressee: the one a participle addresses is not the speaker', () => {
  it.each([['مخاطبا', true], ['مناشدا', true], ['مبتسما', false], ['موضحا', false]])('%s → %s', (word, addressing) => {
    expect(isAddressing(word)).toBe(addressing);
  });

  it('وأضاف مخاطبًا المتهم: the prosecutor goes on, speaking to the accused', () => {
    const text = 'وقال المدعي العام ناصر الحداد إن «على المتهم أن يجيب عن الجرائم المنسوبة إليه». وأضاف مخاطبًا كمال الراشد: «صمتك لن ينفعك أمام هذه المحكمة».';
    expect(quoteSpeakers(text, [['ناصر الحداد', 'p:ناصر الحداد'], ['كمال الراشد', 'p:كمال الراشد']])).toEqual(['ناصر الحداد', 'ناصر الحداد']);
  });
});
