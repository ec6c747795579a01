import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-interview: a sentence opening with في مقابلة مع X gives a bare verb its speaker', () => {
  it('في مقابلة مع X، رئيس …، قال: the one interviewed', () => {
    const text = 'تحدث طلاب كثيرون عن تجربتهم في الخارج. في مقابلة مع سالم العتيبي، رئيس نادي الطلاب في الجامعة، قال: «تعلمت الاعتماد على نفسي».';
    expect(quoteSpeakers(text, [['سالم العتيبي', 'p:سالم العتيبي']])).toEqual(['سالم العتيبي']);
  });

  it('وفي حوار مع مسؤول … بشأن …، قال إن: an unnamed one interviewed', () => {
    const text = 'وكانت المصادر قد تحدثت عن المخازن. وفي حوار مع مسؤول عسكري بشأن المخازن القديمة، قال إنها «أصبحت معروفة للجميع».';
    expect(quoteSpeakers(text)).toEqual(['مسؤول عسكري']);
  });

  it('في مقابلة مع تلفزيون …: an outlet asks, it does not answer', () => {
    const text = 'هاجم النائب فهد سالم القرار أمس. وفي مقابلة مع تلفزيون المدينة، قال: «القرار متسرع».';
    expect(quoteSpeakers(text, [['فهد سالم', 'p:فهد سالم']])).toEqual(['فهد سالم']);
  });
});
