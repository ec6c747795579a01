import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

describe('quotes-cues: a lone word in a sentence led by "according to" is not the source\'s wording', () => {
  it.each([
    ['وحسب موقع التقنية، يمكن للمستخدم التحكم في التحديث، فإما أن تكون «بطيئة» أو «سريعة»، وتعمل الأولى ليلا.'],
    ['وحسب العادات المحلية، لا يمكن أن تكتمل المائدة دون «حلويات» من السوق القديم.'],
  ])('%s', (text) => {
    expect(detectQuotes(text)).toEqual([]);
  });

  it('a word set off after a speech verb\'s أن stays the speaker\'s', () => {
    expect(detectQuotes('وقال الوزير إن المفاوضات «متعثرة» منذ أسابيع.').map((q) => q.text)).toEqual(['متعثرة']);
  });
});
