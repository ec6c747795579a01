import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isNounWithAgreeingAdjective: a dual or plural noun and its adjective', () => {
  it('drops a dual noun with an agreeing dual adjective', () => {
    const text = 'وفي الوادي كهفان بوذيان قديمان';
    expect(peopleFromSpans(text, ['كهفان بوذيان'])).toEqual([]);
  });

  it('drops a feminine dual with و before it', () => {
    const text = 'صدرت له مجموعتان شعريتان وروايتان';
    expect(peopleFromSpans(text, ['مجموعتان شعريتان'])).toEqual([]);
  });

  it('keeps a name whose words merely rhyme', () => {
    const text = 'وقال تغران سوليان إن العمل مستمر';
    expect(peopleFromSpans(text, ['تغران سوليان'])).toEqual(['تغران سوليان']);
  });
});
