import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-statement-maker: فيه/فيها after an indefinite statement goes back to who issued it', () => {
  it.each([
    ['وقال خبراء في الطاقة إن الأسعار سترتفع. وأصدر المتحدث باسم هيئة الكهرباء بيانا جديدا أكد فيه أن الانقطاع «مؤقت ولن يطول».', 'المتحدث باسم هيئة الكهرباء'],
    ['وتوجه المدرب برسالة للاعبين الشباب؛ قال فيها: «أنتم مستقبل هذا النادي».', 'المدرب'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('a statement sent from someone is still theirs', () => {
    expect(speakers('ووصلتني رسالة من إحدى الأمهات تقول فيها: «ابني لا ينام».')).toEqual(['إحدى الأمهات']);
  });
});
