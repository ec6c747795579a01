import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

/** The speakers of the quotations of `text` (no person recognised). */

describe('quotes-roles: an agent and a lieutenant are roles a name is set off after', () => {
  it('the agent of a bureau, then his name after a comma', () => {
    const text = 'وقال العميل الخاص في مكتب التحقيقات، جون ماركس: «لا نعرف الدافع حتى الآن».';
    expect(quoteSpeakers(text)).toEqual(['جون ماركس']);
  });

  it('a lieutenant, then his name after a comma', () => {
    const text = 'وقال الملازم في الشرطة المحلية، سامر حداد: «أغلقنا الطريق أمام السيارات».';
    expect(quoteSpeakers(text)).toEqual(['سامر حداد']);
  });
});
