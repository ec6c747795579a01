import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('namesProduct: a site named after or under its landmark noun', () => {
  it('drops a name that opens with a landmark noun', () => {
    const text = 'استهدف الهجوم شاطئ الفيروزي في المدينة، كما قال المحافظ سامي الحربي';
    expect(peopleFromSpans(text, ['شاطئ الفيروزي', 'سامي الحربي'])).toEqual(['سامي الحربي']);
  });

  it('drops a name right after a landmark noun', () => {
    const text = 'زار الوفد مبنى كرايسلر تاور في نيويورك';
    expect(peopleFromSpans(text, ['كرايسلر تاور'])).toEqual([]);
  });

  it('keeps a site named after a person the lists know', () => {
    const text = 'تجمع المحتجون في ساحة محمد الخامس وسط المدينة';
    expect(peopleFromSpans(text, ['محمد الخامس'])).toEqual(['محمد الخامس']);
  });
});
