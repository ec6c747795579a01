import { describe, expect, it } from 'vitest';
import { isOwnWork } from '@/utils/nlp/quotes-own-work';
import { quoteTexts } from './person-mentions';

describe('isOwnWork', () => {
  it.each([
    ['روايتها', true], ['فيلمه', true], ['وديوانه', true], ['كتابهما', true],
    ['كلامه', false], ['رواية', false], ['قصير', false], ['كتبها', false], ['مقاله', false],
  ])('%s → %s', (word, expected) => {
    expect(isOwnWork(word)).toBe(expected);
  });
});

describe('detectQuotes: a work with its maker\'s pronoun titles the marks (quotes-own-work)', () => {
  it.each([
    ['وكانت الكاتبة قد نشرت روايتها «رحلة إلى آخر الليل» قبل عامين.'],
    ['ويتحدث الشاعر في ديوانه «على ضفاف الغياب» عن طفولته في القرية.'],
    ['وقدم المخرج فيلمه الجديد «حكاية من الشمال» في المهرجان.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it.each([
    // With a colon, what the work says is quoted.
    ['وكتب الوزير في كتابه: «لم يكن الطريق سهلا أمام الإصلاح في تلك السنوات»', 'لم يكن الطريق سهلا أمام الإصلاح في تلك السنوات'],
    // After أن the marks hold what the work says.
    ['وأوضح الوزير السابق في مقاله أن «الأزمة كانت مدبرة منذ سنوات طويلة»', 'الأزمة كانت مدبرة منذ سنوات طويلة'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
