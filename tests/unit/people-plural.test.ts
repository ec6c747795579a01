import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropPluralNouns: a plural or a dual behind the article or a clitic', () => {
  it('drops a sound plural with the article, alone or after a given name', () => {
    const text = 'أعلن سعد الغامدي المشاركين في المسابقة، ثم قرأ أسماء المشاركين الجدد';
    expect(peopleFromSpans(text, ['سعد الغامدي', 'المشاركين', 'أسماء المشاركين'])).toEqual(['سعد الغامدي']);
  });

  it('drops a dual in تين behind a conjunction', () => {
    const text = 'اشترى فهد العتيبي تذكرة وتذكرتين للحفل';
    expect(peopleFromSpans(text, ['فهد العتيبي', 'وتذكرتين'])).toEqual(['فهد العتيبي']);
  });

  it('takes the plural off a longer name', () => {
    const text = 'قدم الحفل المذيع فهد سالم المتطوعون في الجمعية';
    expect(peopleFromSpans(text, ['فهد سالم المتطوعون'])).toEqual(['فهد سالم']);
  });

  it('keeps names on short stems, family names in ات and foreign names', () => {
    const text = 'التقى الحسين وعلي الشبانات ثم وصل كاميرون';
    expect(peopleFromSpans(text, ['الحسين', 'علي الشبانات', 'كاميرون'])).toEqual(['الحسين', 'علي الشبانات', 'كاميرون']);
  });

  it('drops a sound plural in construct before a definite noun, not a name in و', () => {
    const text = 'واعتبر موقعو النداء أن القادة مخطئون، ثم وصلت موريلو الكرة';
    expect(peopleFromSpans(text, ['موقعو', 'موريلو'])).toEqual(['موريلو']);
  });
});
