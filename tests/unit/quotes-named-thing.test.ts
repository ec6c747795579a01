import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: an event, programme or body named after في / فعاليات is not a quotation (quotes-named-thing)', () => {
  it.each([
    ['ويقول الباحث سامي خالد، الزميل البارز في «مبادرة الحد من التلوث والاحتباس الحراري» لدى المعهد، إن الوضع خطير.'],
    ['وأعلنت الجامعة عن إطلاق فعاليات «البرنامج الصيفي 2016» خلال مؤتمر صحافي.'],
    ['وبعدها أعلن المشايخ المساهمة في «وقف زاد الخير» بجمعية البر في المحافظة.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it.each([
    // After أن: reported words, even when they open with such a noun.
    ['وأكد الوزير أن «البرنامج كان مخططا له أن ينطلق في أربع مناطق».', 'البرنامج كان مخططا له أن ينطلق في أربع مناطق'],
    // A clause inside the marks is words said.
    ['وقال المدير إن العمل مستمر في «مشروع ضخم، وسننجزه قبل العام المقبل».', 'مشروع ضخم، وسننجزه قبل العام المقبل'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});

describe('detectQuotes: a place or business named after its kind is not a quotation (quotes-speech name nouns)', () => {
  it.each([
    ['وقال المرشد السياحي إن الزوار يفضلون الإقامة في نزل «الحصون التراثية القديمة» في أعلى الجبل.'],
    ['وعبر مثلث «ليبيا الجزائر مالي» يتنقل الشبان بحثا عن عمل، وفقا لتقارير أمنية.'],
    ['وأضاف المدير أن منتجع «شاطئ اللؤلؤ الأزرق» سيفتح أبوابه الشهر المقبل.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
