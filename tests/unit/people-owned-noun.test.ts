import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropOwnedNouns: a common noun with a possessive pronoun', () => {
  it('drops a noun with ي whose ت stands for ة', () => {
    const text = 'تزامنت زيارتي مع افتتاح المعرض الذي زاره سامي العتيبي';
    expect(peopleFromSpans(text, ['زيارتي', 'سامي العتيبي'])).toEqual(['سامي العتيبي']);
  });

  it('drops a role with ه', () => {
    const text = 'في الرواية ينزل بطله من القطار وحيدا';
    expect(peopleFromSpans(text, ['بطله'])).toEqual([]);
  });

  it('keeps a listed name ending in ي and a family name with the article', () => {
    const text = 'وقال حسني إن السلمي سيحضر';
    expect(peopleFromSpans(text, ['حسني', 'السلمي'])).toEqual(['حسني', 'السلمي']);
  });
});
