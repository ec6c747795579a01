import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { quoteTexts } from './person-mentions';

const withSpeakers = (text: string) => detectQuotes(text).map((q) => [q.text, q.speaker]);

describe('detectQuotes: words set off in what someone is accused of (اتهم as a speech verb)', () => {
  it.each([
    ['واتهمها النائب بأنها «متساهلة جدا» في ملف الرقابة.', 'متساهلة جدا', 'النائب'],
    ['واتهمتها النقابة بـ«التلاعب بحقوق العمال» خلال العام الماضي.', 'التلاعب بحقوق العمال', 'النقابة'],
  ])('%s', (text, quoted, speaker) => {
    expect(withSpeakers(text)).toEqual([[quoted, speaker]]);
  });

  it.each([
    // A charge named after تهمة is a classification, not words said.
    ['وأوقف الشاب بتهمة «الاحتيال» أمس.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
