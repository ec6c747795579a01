import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-colon-label: the words before a colon as a label', () => {
  it('an adjective after an outlet named in marks is no label: the outlet speaks', () => {
    const text = 'وكتبت مجلة «الأفق» الأسبوعية: «الأسعار سترتفع مجددا مع بداية الشتاء».';
    expect(quoteSpeakers(text)).toEqual(['مجلة الأفق الأسبوعية']);
  });

  it('a name standing alone after a sentence is still a label', () => {
    const text = 'وتفاعل المغردون مع الخبر. سلمى ناصر: «هذا قرار ننتظره منذ سنوات».';
    expect(quoteSpeakers(text)).toEqual(['سلمى ناصر']);
  });
});
