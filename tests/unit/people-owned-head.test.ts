import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isOwnedNounHead: a noun with a pronoun before a name', () => {
  it('trims a rare noun with ه off the name', () => {
    const text = 'أخرج الفيلم سامي يوسف، كاتبه محمد أمين راضي منذ عامين';
    expect(peopleFromSpans(text, ['سامي يوسف', 'كاتبه محمد أمين راضي'])).toEqual(['سامي يوسف', 'محمد أمين راضي']);
  });

  it('keeps a frequent word that is also a given name', () => {
    const text = 'وقال دوري جولد إن المفاوضات متوقفة';
    expect(peopleFromSpans(text, ['دوري جولد'])).toEqual(['دوري جولد']);
  });
});
