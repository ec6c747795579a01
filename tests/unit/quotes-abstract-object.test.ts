import { describe, expect, it } from 'vitest';
import { isAbstractObject } from '@/utils/nlp/quotes-abstract-object';
import { quoteSpeakers } from './person-mentions';

describe('quotes-abstract-object: an abstract noun after a speech verb is its object, not its subject', () => {
  it.each([
    ['ضرورة', true],
    ['وجود', true],
    ['احتمال', true],
    ['الوزير', false],
    ['امل', false],
    ['سعي', true],
    ['تفاصيل', true],
  ])('%s → %s', (f, yes) => {
    expect(isAbstractObject(f)).toBe(yes);
  });

  it('وأكد ضرورة … مشيرا إلى أن «…»: the minister named before, not ضرورة', () => {
    const text = 'التقى وزير الخارجية الألماني هانس مولر نظيره الفرنسي أمس. وأكد ضرورة أن يبدأ الحوار قريبا، مشيرا إلى أن «الحل السياسي هو الطريق الوحيد».';
    expect(quoteSpeakers(text, [['هانس مولر', 'p:هانس مولر']])).toEqual(['هانس مولر']);
  });

  it('نفى وجود … مؤكدا أن «…»: the speaker of the previous quotation', () => {
    const text = 'وقال النائب سليم الحسن إن «الوضع هادئ». ونفى وجود أي خطة للتهجير، مؤكدا أن «الناس متمسكون بأرضهم».';
    expect(quoteSpeakers(text, [['سليم الحسن', 'p:سليم الحسن']])).toEqual(['سليم الحسن', 'سليم الحسن']);
  });

  it('وأشار لوجود … ويستدرك بالقول: «…»: ل with the abstract noun is its complement too', () => {
    const text = 'وأكد الخبير ماهر العتيبي أن المدارس «تواجه أعباء كبيرة». وأشار لوجود الكثير من المدارس التي تعمل بخسارة، ويستدرك بالقول: «نحن تجاوزنا هذه المرحلة».';
    expect(quoteSpeakers(text, [['ماهر العتيبي', 'p:ماهر العتيبي']])).toEqual(['ماهر العتيبي', 'ماهر العتيبي']);
  });

  it('وأوضح تفاصيل ذلك بقوله: «…»: the expert named before, not تفاصيل', () => {
    const text = 'وقال رجل الأعمال خالد الدوسري إن «السوق تتعافى». وأوضح تفاصيل ذلك بقوله: «الطلب يزيد كل شهر».';
    expect(quoteSpeakers(text, [['خالد الدوسري', 'p:خالد الدوسري']])).toEqual(['خالد الدوسري', 'خالد الدوسري']);
  });

  it('وأكد سعي الشركة …، وقال: «…»: the chief named before, not سعي الشركة', () => {
    const text = 'وقال مدير الشركة سامر الخطيب: «بدأنا الإنتاج». وأكد سعي الشركة للتوسع في المنطقة، وقال: «نريد مصنعا ثانيا».';
    expect(quoteSpeakers(text, [['سامر الخطيب', 'p:سامر الخطيب']])).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });
});
