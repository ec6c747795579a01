import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isNounWithAgreeingAdjective: a dual or plural noun and its adjective', () => {
  it('drops a dual noun with an agreeing dual adjective', () => {
    const text = 'وفي الوادي كهفان بوذيان قديمان';
    expect(peopleFromSpans(text, ['كهفان بوذيان'])).toEqual([]);
  });

  it('drops a feminine dual with و before it', () => {
    const text = 'صدرت له رواية ومجموعتان شعريتان';
    expect(peopleFromSpans(text, ['ومجموعتان شعريتان'])).toEqual([]);
  });

  it('keeps a name whose words merely rhyme', () => {
    const text = 'وقال تغران سوليان إن العمل مستمر';
    expect(peopleFromSpans(text, ['تغران سوليان'])).toEqual(['تغران سوليان']);
  });
});
