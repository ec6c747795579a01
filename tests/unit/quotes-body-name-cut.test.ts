import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

describe('quotes-subject: after the name of a body in marks, a bare noun is the verb\'s object', () => {
  it('نشرت صحيفة «…» افتتاحية …، وقالت: «…»: the newspaper, not its editorial', () => {
    const text = 'وفي ذلك الوقت نشرت صحيفة «الأخبار اليومية» افتتاحية عن الاقتصاد. وقالت: «الأسعار سترتفع مرة أخرى».';
    expect(detectQuotes(text).map((q) => q.speaker)).toEqual(['صحيفة الأخبار اليومية']);
  });
});
