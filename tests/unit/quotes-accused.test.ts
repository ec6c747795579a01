import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

const texts = (text: string) => detectQuotes(text).map((q) => q.text);

describe('detectQuotes: words set off in what someone is accused of (اتهم as a speech verb)', () => {
  it.each([
    ['واتهمها النائب بأنها «متساهلة جدا» في ملف الرقابة.', 'متساهلة جدا'],
    ['واتهمت النقابة الإدارة بـ«التلاعب بحقوق العمال» خلال العام الماضي.', 'التلاعب بحقوق العمال'],
  ])('%s', (text, quoted) => {
    expect(texts(text)).toEqual([quoted]);
  });

  it.each([
    // A charge named after تهمة is a classification, not words said.
    ['وأوقف الشاب بتهمة «الاحتيال» أمس.'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
