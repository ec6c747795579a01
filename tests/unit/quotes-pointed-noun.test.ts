import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: words after a name noun a demonstrative points at (quotes-pointed-noun)', () => {
  it.each([
    ['وأوضحت الوزارة في بيان أن هذا البرنامج «سيغير حياة آلاف الأسر في القرى».', 'سيغير حياة آلاف الأسر في القرى'],
    ['وقال المدير في تصريح إن تلك المبادرة «لم تحقق ما وعدت به حتى الآن».', 'لم تحقق ما وعدت به حتى الآن'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // Without the demonstrative the noun names what follows: a title.
    ['وأوضحت الوزارة في بيان أن برنامج «سيغير حياة الأسر» يبدأ غدا.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
