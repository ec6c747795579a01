import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a show or episode named after حلقة is a title, not words said', () => {
  it.each([
    ['وقال المذيع إنه يحضر الآن حلقة "أسرار المدينة القديمة" للموسم المقبل.'],
    ['وأكد الممثل أنه لم يشاهد حلقة «ضيف الليل» قبل عرضها.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
