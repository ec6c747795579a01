import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-issuer: a report quoted through the body that issued it is that body\'s', () => {
  it.each([
    ['وقال تقرير أصدرته مؤخرا وكالة التنمية الدولية إنه «خلال السنوات الماضية عملت الوكالة في كل مكان».', 'وكالة التنمية الدولية'],
    ['وقال تقرير أصدرته الهيئة الوطنية للإحصاء: «ارتفعت الأسعار بنسبة كبيرة هذا العام».', 'الهيئة الوطنية للإحصاء'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('a phrase about the document after the verb is no issuer', () => {
    const text = 'وقال بيان أصدره حول هذه النقطة: «يجب أن نرد في حذر على هذا التمويل».';
    expect(speakers(text)).not.toEqual(['حول هذه النقطة']);
  });
});
