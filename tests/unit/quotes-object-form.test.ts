import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-object-form: a word after the verb that is its object by case or agreement', () => {
  it('an oblique plural in ـيين is the one appealed to (وناشدت المصريين)', () => {
    const text = 'وقالت الكاتبة سلوى النعيمي: «السفر يعلمنا الكثير عن أنفسنا». وناشدت المصريين: «اقرأوا كل يوم ولو صفحة واحدة».';
    const out = quoteSpeakers(text, [['سلوى النعيمي', 'p:1']]);
    expect(out).toEqual(['سلوى النعيمي', 'سلوى النعيمي']);
  });

  it('a masculine verb does not take a country for its subject (ويطالب تركيا)', () => {
    const text = 'وقال الوزير كريم السعدي: «الاتفاق خطوة أولى». ويطالب تركيا بـ«الالتزام الكامل بالبنود كلها دون تأخير».';
    const out = quoteSpeakers(text, [['كريم السعدي', 'p:1']]);
    expect(out).toEqual(['كريم السعدي', 'كريم السعدي']);
  });

  it('a feminine verb keeps the country as its subject (وقالت تركيا)', () => {
    expect(quoteSpeakers('وقالت تركيا في بيان: «لن نقبل بأي تدخل في شؤوننا الداخلية».')).toEqual(['تركيا']);
  });

  it('a masculine definite noun after a feminine adjective is the object (ووصفت الصحف المغربية القرار)', () => {
    const text = 'ووصفت الصحف المغربية القرار الجديد «بالخطوة الجريئة نحو إصلاح التعليم في البلاد».';
    expect(quoteSpeakers(text)).toEqual(['الصحف المغربية']);
  });

  it('a common noun with an indefinite adjective after a definite subject is the object (ونشر الحساب صورة قديمة)', () => {
    const text = 'ونشر الحساب صورة قديمة، وعليها عبارة: «العمل الجاد يصنع المستقبل ولا شيء غيره».';
    expect(quoteSpeakers(text)).toEqual(['الحساب']);
  });

  it('a written work after كتب is what was written (كتبت قصة)', () => {
    const text = 'وقالت الروائية هند الزامل: «الكتابة علاج للروح». وكانت كتبت قصة عن جدتها، وأضافت: «جدتي علمتني الصبر والحكاية معا».';
    const out = quoteSpeakers(text, [['هند الزامل', 'p:1']]);
    expect(out).toEqual(['هند الزامل', 'هند الزامل']);
  });
});
