import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: words that ".." leads into after a long reported sentence (quotes-ellipsis-lead)', () => {
  it.each([
    // The speech verb is more than forty words back; the ".." hands its sentence over to the words said.
    ['ويقول رئيس البلدية في حديثه عن أوضاع المدينة إن الأحياء الشرقية التي تضررت بشدة من السيول الأخيرة ما زالت تنتظر وصول فرق الإصلاح والمعدات الثقيلة منذ أسابيع، وإن السكان الذين غادروا بيوتهم هناك لم يعودوا إليها بعد بسبب انقطاع الكهرباء والمياه عن معظم الشوارع والمدارس والأسواق القديمة.. «نحن نعمل ليلا ونهارا لكن الإمكانات محدودة جدا».',
      'نحن نعمل ليلا ونهارا لكن الإمكانات محدودة جدا'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
