import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

const texts = (text: string) => detectQuotes(text).map((q) => q.text);

describe('detectQuotes: survey answers (quotes-survey)', () => {
  it.each([
    // A share of respondents describes something with a word: the questionnaire's option.
    'بينما يصف 40.5 في المائة من الموظفين مكاتبهم الجديدة بأنها مريحة «جدا».',
    'ويصف ما يزيد على نصف (51.5 في المائة) الطلاب الفرنسيين مدارسهم بأنها «نظيفة» الساحات.',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps the word a named speaker gives', () => {
    expect(texts('ويصف الوزير الوضع الأمني في المدينة بأنه «مستقر» منذ أسابيع.')).toEqual(['مستقر']);
  });
});
