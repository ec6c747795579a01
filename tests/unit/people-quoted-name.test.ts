import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a quoted word left out as a title, that ends a full name of the page', () => {
  it('is that person again', () => {
    const text = 'وصل رجل يدعى «رامين كرمي» إلى المدينة، ثم عمل «كرمي» في التجارة سنوات';
    expect(peopleFromSpans(text, ['رامين كرمي', 'كرمي'])).toEqual(['رامين كرمي', 'كرمي']);
  });

  it('stays a title when no full name of the page ends in it', () => {
    const text = 'وصل رجل إلى المدينة، ثم عرض «كرمي» في الصالة سنوات';
    expect(peopleFromSpans(text, ['كرمي'])).toEqual([]);
  });
});
