import { describe, expect, it } from 'vitest';
import { sourceAgreement } from '@/utils/nlp/quotes-source-agreement';
import { quoteSpeakers } from './person-mentions';

describe('quotes-source-agreement: a person named after a source word agrees with a later وأضاف', () => {
  it.each([
    ['مايك برونهولتز', 'p:1', 'm'],
    ['الوزيرة فاطمة الزهراء', 'p:2', 'f'],
  ])('%s → %s', (speaker, entity, agrees) => {
    expect(sourceAgreement({ speaker, entity, start: 0, end: speaker.length })).toBe(agrees);
  });

  it('an unnamed source gets no agreement', () => {
    expect(sourceAgreement({ speaker: 'المصادر', entity: null, start: 0, end: 7 })).toBeUndefined();
  });

  it('على حد قول فلان. وأضاف: the person just named, not an older قال', () => {
    const text = 'وقال المحامي أحمد الشمري إن الإجراءات بسيطة. ويفضل كثير من المشترين الاقتراض في بلدانهم على حد قول سامي العتيبي. وأضاف قائلا: «ترحب المصارف بمنح القروض لشراء العقارات».';
    expect(quoteSpeakers(text, [['أحمد الشمري', 'p:أحمد الشمري'], ['سامي العتيبي', 'p:سامي العتيبي']])).toEqual(['سامي العتيبي']);
  });
});
