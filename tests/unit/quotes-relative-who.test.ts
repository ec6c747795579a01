import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a verb after the relative من "who" (quotes-speech-at)', () => {
  it.each([
    ['وتتباين الآراء حول القرار، فمنهم من يعتبر أن «تأجيل الانتخابات يخدم الاستقرار في البلاد»، بينما يتحفظ آخرون.', 'تأجيل الانتخابات يخدم الاستقرار في البلاد'],
    ['وتختلف التقديرات من خبير إلى آخر، فمنهم من يعتبر أن «رفع الفائدة يحد من التضخم في الأسواق»، وثمة رأي آخر.', 'رفع الفائدة يحد من التضخم في الأسواق'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
