import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

/** The speakers of the quotations of `text` (no person recognised). */
const speakers = (text: string): Array<string | null> => detectQuotes(text).map((q) => q.speaker);

describe('quotes-roles: an agent and a lieutenant are roles a name is set off after', () => {
  it('the agent of a bureau, then his name after a comma', () => {
    const text = 'وقال العميل الخاص في مكتب التحقيقات، جون ماركس: «لا نعرف الدافع حتى الآن».';
    expect(speakers(text)).toEqual(['جون ماركس']);
  });

  it('a lieutenant, then his name after a comma', () => {
    const text = 'وقال الملازم في الشرطة المحلية، سامر حداد: «أغلقنا الطريق أمام السيارات».';
    expect(speakers(text)).toEqual(['سامر حداد']);
  });
});
