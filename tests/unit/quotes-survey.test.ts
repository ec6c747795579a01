import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: survey answers (quotes-survey)', () => {
  it.each([
    // A share of respondents describes something with a word: the questionnaire's option.
    'بينما يصف 40.5 في المائة من الموظفين مكاتبهم الجديدة بأنها مريحة «جدا».',
    'ويصف ما يزيد على نصف (51.5 في المائة) الطلاب الفرنسيين مدارسهم بأنها «نظيفة» الساحات.',
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it('keeps the word a named speaker gives', () => {
    expect(quoteTexts('ويصف الوزير الوضع الأمني في المدينة بأنه «مستقر» منذ أسابيع.')).toEqual(['مستقر']);
  });

  it('keeps the word when the share belongs to what the speaker reports (after إن)', () => {
    expect(quoteTexts('وقال الوزير إن 40 في المائة من السكان «فقراء».')).toEqual(['فقراء']);
  });
});
