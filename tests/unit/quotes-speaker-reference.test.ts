import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity, linked name] triples. */
function speakers(text: string, people: Array<[string, string, string?]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity, linked]) => personIn(text, name, entity, linked))).map((q) => q.speaker);
}

describe('quotes-subject-of: نقلت عنه refers back to the one named before', () => {
  it.each([
    ['ونقلت وكالة فارس عن قائد الحرس الثوري محمد علي جعفري قوله إن القرار غير مقبول. ونقلت عنه قوله قبل تمرير القرار «بعض أجزاء المسودة تجاوزت الخطوط الحمراء».', 'محمد علي جعفري'],
    ['وأخبر المؤرخ العسكري جيمس هولاند الصحيفة بأن العائلة كانت تمزح. ونقل عنه قوله «لا أعتقد أنه كان هناك طفل لم يؤد التحية».', 'جيمس هولاند'],
    ['وقال وزير الدفاع آشتون كارتر إن الاتفاق يحمي أمننا. ونقلت عنه وكالة الصحافة الفرنسية قوله: «إسرائيل حجر زاوية الاستراتيجية الأميركية في المنطقة».', 'آشتون كارتر'],
  ])('%s', (text, speaker) => {
    const people: Array<[string, string]> = [['محمد علي جعفري', 'p:جعفري'], ['جيمس هولاند', 'p:هولاند'], ['آشتون كارتر', 'p:كارتر']];
    expect(speakers(text, people.filter(([n]) => text.includes(n))).at(-1)).toBe(speaker);
  });
});

describe('quotes-named-after: a description that names its speaker further on, before the subject ends', () => {
  it.each([
    ['ومن جهته، قال أبرز الداعين إلى هذه المحاكمة في منظمة هيومان رايتس ووتش ريد برودي، لوكالة الصحافة الفرنسية: إنها «محاكمة تاريخية لأفريقيا».', 'ريد برودي', 'ريد برودي'],
    ['ويعتبر الجامعي والباحث في تاريخ الحضارة والفكر زهير بن يوسف أن «نجاح الاستفتاءات الشعبية ظاهرة جديدة».', 'زهير بن يوسف', 'زهير بن يوسف'],
    // A family nisba the recogniser left off the name may come before the subject ends (الألمعي أن).
    ['وقال المشرف على برامج وفعاليات القرية إبراهيم آل مسفر الألمعي أن «القرية ستفتح أبوابها للزوار».', 'إبراهيم آل مسفر', 'إبراهيم آل مسفر'],
    // (negative rows: the name is a preposition's object, or in another clause)
    // (…or a definite word after it that is no nisba goes on with the phrase: the name is part of it)
    ['وأضاف الشاهد في قضية الطالب خالد سعيد المقتول أن «الشرطة تأخرت كثيرا».', 'خالد سعيد', 'الشاهد'],
    ['وأكد مصدر مقرب من ميشال بلاتيني أن «الأخير يدرس جديا الترشح».', 'ميشال بلاتيني', 'مصدر مقرب'],
    ['ويقول أحد المقربين من السيسي: «المرحلة مصيرية».', 'السيسي', 'أحد المقربين'],
    ['وأضاف الشاهد في المحكمة أن خالد سعيد «لم يكن هناك».', 'خالد سعيد', 'الشاهد'],
  ])('%s', (text, person, speaker) => {
    expect(speakers(text, [[person, `p:${person}`]])).toEqual([speaker]);
  });
});

describe('quotes-as-said: على حد تعبير X / كما يقول X right after the quotation names its speaker', () => {
  it.each([
    ['وقال حاتم بن سالم إن الدبلوماسيين الأوروبيين وكبار صناع القرار «يتابعون التجربة عن كثب» على حد تعبير الخبير الاقتصادي الدولي الصادق جبنون. وتابع', 'الصادق جبنون'],
    ['وقال المحلل أحمد سالم إن القبيلتين انقسمتا، وبالتالي «الاستحواذ عمليا على طرق التجارة لصالح الغرباء»، كما يقول أحد الناشطين السياسيين من قبيلة التبو.', 'أحد الناشطين السياسيين'],
    // (negative row: كما يدعو "it also calls on" has an object, not a speaker, after it)
    ['وجاء في قرار مجلس الأمن أن المجلس «يطالب بتطبيق الاتفاق بالكامل وفق الجدول الزمني»، كما يدعو الدول الأعضاء إلى دعمه.', 'قرار مجلس الأمن'],
  ])('%s', (text, speaker) => {
    const people: Array<[string, string]> = [['حاتم بن سالم', 'p:سالم'], ['الصادق جبنون', 'p:جبنون'], ['أحمد سالم', 'p:احمد']];
    expect(speakers(text, people.filter(([n]) => text.includes(n))).at(-1)).toBe(speaker);
  });
});
