import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropKinNouns: the polite nouns for a daughter or a wife', () => {
  it('drops كريمة before a title', () => {
    const text = 'احتفل سعد الغامدي بعقد قران نجله على كريمة الأستاذ فهد الزهراني في جدة';
    expect(peopleFromSpans(text, ['سعد الغامدي', 'كريمة', 'فهد الزهراني'])).toEqual(['سعد الغامدي', 'فهد الزهراني']);
  });

  it('drops عقيلة before a name', () => {
    const text = 'حضرت الحفل عقيلة سامي العتيبي مع بناتها';
    expect(peopleFromSpans(text, ['عقيلة', 'سامي العتيبي'])).toEqual(['سامي العتيبي']);
  });

  it('keeps كريمة as a given name before a family name', () => {
    const text = 'قالت كريمة مختار إن الدور صعب';
    expect(peopleFromSpans(text, ['كريمة مختار'])).toEqual(['كريمة مختار']);
  });
});
