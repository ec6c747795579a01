import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

/** The speakers of the quotations of `text` (no person recognised). */
const speakers = (text: string): Array<string | null> => detectQuotes(text).map((q) => q.speaker);

describe('quotes-role-place: the name after where a role is held is the speaker', () => {
  it('لدى and a country, then the name', () => {
    const text = 'وقال السفير الأردني لدى كندا سمير حداد في حديث مع الصحفيين: «نعمل على اتفاق تجاري جديد».';
    expect(speakers(text)).toEqual(['سمير حداد']);
  });

  it('لدى and a place with the article, then إن', () => {
    const text = 'وقال مندوب البرازيل لدى المنظمة الدولية ماريو سيلفا إن القرار «خطوة مهمة نحو السلام».';
    expect(speakers(text)).toEqual(['ماريو سيلفا']);
  });

  it('في and a place, then the name', () => {
    const text = 'من جهته، قال رئيس مركز الدراسات البحرية في اليونان نيكوس باباس لـ«الصحيفة»، إن الميناء «يحتاج إلى استثمارات كبيرة».';
    expect(speakers(text)).toEqual(['نيكوس باباس']);
  });

  it('a definite place with لـ or بـ joined on, then the name', () => {
    expect(speakers('وقال المدير التنفيذي للشركة ماستويال بوزاليم: «نعمل على توسيع نشاطنا في المنطقة».')).toEqual(['ماستويال بوزاليم']);
    expect(speakers('وقال ضابط الإعلام بالخارجية ماستويال بوزاليم إن «الوضع هادئ في العاصمة».')).toEqual(['ماستويال بوزاليم']);
    expect(speakers('وقال مدير المستشفى بالمدينة الجديدة: «الوضع هادئ في العاصمة».')).toEqual(['مدير المستشفى']);
  });

  it('no name after the place: the role stays', () => {
    const text = 'وقال المتحدث باسم الوزارة في مؤتمر صحفي: «سنعلن النتائج غدا».';
    expect(speakers(text)).toEqual(['المتحدث باسم الوزارة']);
  });

  it('a role set off by commas after a name is no name of its own', () => {
    const text = 'ومن جانبه، أشار المستشار التجاري منير طاهر، رئيس جهاز التصدير، إلى أن «الخطة تشمل الأسواق الجديدة».';
    expect(speakers(text)).toEqual(['المستشار التجاري منير طاهر']);
  });
});
