import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-object-form: a word after the verb that is its object by case or agreement', () => {
  it('an oblique plural in ـيين is the one appealed to (وناشدت المصريين)', () => {
    const text = 'وقالت الكاتبة سلوى النعيمي: «السفر يعلمنا الكثير عن أنفسنا». وناشدت المصريين: «اقرأوا كل يوم ولو صفحة واحدة».';
    const out = speakers(text, [['سلوى النعيمي', 'p:1']]);
    expect(out[1]).not.toBe('المصريين');
    expect(out[1]).toBe('سلوى النعيمي');
  });

  it('a masculine verb does not take a country for its subject (ويطالب تركيا)', () => {
    const text = 'وقال الوزير كريم السعدي: «الاتفاق خطوة أولى». ويطالب تركيا بـ«الالتزام الكامل بالبنود كلها دون تأخير».';
    const out = speakers(text, [['كريم السعدي', 'p:1']]);
    expect(out[1]).not.toBe('تركيا');
  });

  it('a feminine verb keeps the country as its subject (وقالت تركيا)', () => {
    expect(speakers('وقالت تركيا في بيان: «لن نقبل بأي تدخل في شؤوننا الداخلية».')[0]).toBe('تركيا');
  });

  it('a masculine definite noun after a feminine adjective is the object (ووصفت الصحف المغربية القرار)', () => {
    const text = 'ووصفت الصحف المغربية القرار الجديد «بالخطوة الجريئة نحو إصلاح التعليم في البلاد».';
    expect(speakers(text)[0]).toBe('الصحف المغربية');
  });

  it('a common noun with an indefinite adjective after a definite subject is the object (ونشر الحساب صورة قديمة)', () => {
    const text = 'ونشر الحساب صورة قديمة، وعليها عبارة: «العمل الجاد يصنع المستقبل ولا شيء غيره».';
    expect(speakers(text)[0]).toBe('الحساب');
  });

  it('a written work after كتب is what was written (كتبت قصة)', () => {
    const text = 'وقالت الروائية هند الزامل: «الكتابة علاج للروح». وكانت كتبت قصة عن جدتها، وأضافت: «جدتي علمتني الصبر والحكاية معا».';
    const out = speakers(text, [['هند الزامل', 'p:1']]);
    expect(out[1]).toBe('هند الزامل');
  });
});
