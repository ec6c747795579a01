import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: "according to" a view, with nothing reported after it (quotes-view-source)', () => {
  it.each([
    // وفق / بحسب a plan, a reading: where a view comes from, not whose words the marks hold.
    'وتتجه البلاد وفق خطة المجال «الاقتصادي الجديد» إلى تنويع مصادر الدخل.',
    'وسيتغير الموقف، بحسب القراءة الأولى، من "خصم عنيد" إلى "شريك محتمل" في المنطقة.',
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it.each([
    // …but what is reported after it, or after a colon, is the source's words.
    ['وبحسب المصدر فإن «الوضع تحت السيطرة تماما» الآن.', 'الوضع تحت السيطرة تماما'],
    ['وبحسب المتحدث: «لن نتراجع».', 'لن نتراجع'],
    ['وهم على حد قول الكاتب مجرد «رجال أضاعوا الطريق»، بلا شك.', 'رجال أضاعوا الطريق'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
