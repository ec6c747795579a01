import { describe, expect, it } from 'vitest';
import { isMeasure } from '@/utils/nlp/quotes-measure';
import { quoteSpeakers } from './person-mentions';

describe('quotes-measure: a measure after يبلغ is no speaker', () => {
  it.each([
    [['عدد', 'زبائنه'], true],
    [['طول', 'الجسر'], true],
    [['عدد', 'من'], false],
    [['عدد', 'كبير', 'من'], false],
    [['عمر', 'الفاروق'], false],
  ] as Array<[string[], boolean]>)('%j → %s', (words, yes) => {
    expect(isMeasure(words)).toBe(yes);
  });

  it('يبلغ عدد زبائنه … وقال: «…»: the expert named before', () => {
    const text = 'ويرى الطاهي جون بيكر أن «الطباعة ما زالت بطيئة جدا في المطاعم». ولتحضير طبق لكل شخص في مطعم يبلغ عدد زبائنه 50، فإن الأمر سيستغرق يومين. وقال: «هذا ليس عمليا اليوم».';
    expect(quoteSpeakers(text, [['جون بيكر', 'p:جون بيكر']])).toEqual(['جون بيكر', 'جون بيكر']);
  });
});
