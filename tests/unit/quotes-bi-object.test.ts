import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: the بـ object of a pledging or judging verb, past its subject (quotes-bi-object)', () => {
  it.each([
    ['وتعهد مدير النادي الذي تولى منصبه قبل عامين، مساء الأحد «بالتغيير» في الموسم المقبل.', 'بالتغيير'],
    ['وطالب المتحدث باسم الجمعية الخيرية في المدينة الساحلية "بالشفافية" في توزيع المساعدات.', 'بالشفافية'],
    ['وندد رئيس البلدية خلال جولته في الأحياء الشرقية للمدينة أمس بـ«عمل جبان» وقال إنه سيعاقب الفاعلين.', 'عمل جبان'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // Another بـ phrase before the pair takes the verb's object: the pair belongs to it.
    ['ورحب الوزير بالضيوف في قاعة الاحتفالات بـ«الدوحة» مساء أمس.'],
    // A verb that takes no بـ object.
    ['وسافر رئيس الوفد الرسمي إلى العاصمة مساء الخميس «بالقطار».'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
