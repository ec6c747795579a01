import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: words in marks that nobody in the article says', () => {
  it.each([
    // The writer's own label, in the first person (quotes-label): not a speaker's label.
    ['وجاء المخرج من الأفلام التي نصفها بـ«المستقلة» بعد سنوات من العمل في المسرح.'],
    ['وتنتشر في المدن الكبرى خلايا صغيرة أو ما نسميها «الخلايا النائمة» منذ سنوات.'],
    // A lone sign or a cartoon's caption (quotes-inscription): a name, not words carried by people.
    ['وفي صالة المطار لافتة عليها سهم يشير إلى الشرق ومكتوب عليها «البحر الكبير».'],
    ['ويظهر في الرسم رجل ملثم كتب على رأسه «الفساد» وهو يحمل حقيبة.'],
    // Titles after أسماء كتبه: (quotes-work-colon), even after a verb that elsewhere brings words.
    ['وتوضح بعض أسماء كتبه هذا التنوع: «رحلة إلى الشمال البعيد».'],
    // …and the titles chained after the first in its list (و«…»، «…»): titles too.
    ['وتوضح بعض أسماء كتبه هذا التنوع: «رحلة إلى الشمال البعيد» و«أيام في المدينة».'],
    ['وتوضح بعض أسماء كتبه هذا التنوع: «رحلة إلى الشمال البعيد»، «أيام في المدينة» و«ليل طويل».'],
    // A word shaped as a present plural (تعاون) or the media (الإعلام) is no crowd carrying the sign.
    ['وفي إطار تعاون البلدين وضعت لافتة مكتوب عليها «طريق الحرير».'],
    ['ونقلت وسائل الإعلام صورة لافتة في المطار مكتوب عليها «مرحبا بكم».'],
    // What people in general say is a saying (quotes-saying).
    ['وكان الأجداد يتحدثون عن الصبر واليوم الناس تقول "الصبر مفتاح كل باب مغلق مهما طال".'],
    ['أينما حل الفاتح القديم قالت عنه الشعوب إنه «سيف مسلط على رقاب العباد».'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it.each([
    // Signs a crowd carries keep the protesters' words.
    ['ورفع المحتجون أمام الوزارة لافتة كتب عليها «لا للغلاء».', 'لا للغلاء'],
    ['وظهرت في الساحة صور ولافتات كتب عليها «لا للغلاء».', 'لا للغلاء'],
    ['ووقف المحتشدون أمام لافتة كتب عليها «لا للغلاء».', 'لا للغلاء'],
    // A speaker's own label stays a quotation.
    ['وانتقد الوزير ما وصفه بـ«التقصير الواضح» في المشروع.', 'التقصير الواضح'],
    // Named people speaking, not people in general.
    ['ويقول أهالي الحي في المدينة: «نريد مدرسة قريبة لأطفالنا».', 'نريد مدرسة قريبة لأطفالنا'],
  ])('keeps %s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
