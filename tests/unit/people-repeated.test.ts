import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('repeatedFamilyNameSplit: two names ending in the same family name', () => {
  it('parts two kinsmen listed without a comma', () => {
    const text = 'وشارك الشاعران ناصر الحربي سليمان الحربي بقصائد وطنية';
    expect(peopleFromSpans(text, ['ناصر الحربي سليمان الحربي'])).toEqual(['ناصر الحربي', 'سليمان الحربي']);
  });

  it('keeps a lineage that repeats the family name after a connector', () => {
    const text = 'وحضر الحفل الأمير فيصل آل سعود بن محمد آل سعود';
    expect(peopleFromSpans(text, ['فيصل آل سعود بن محمد آل سعود']).length).toBe(1);
  });

  it('keeps a compound given name repeated as the family name', () => {
    const text = 'وقال عبد الرحمن العبد الرحمن إن السوق يحتاج إلى تنظيم';
    expect(peopleFromSpans(text, ['عبد الرحمن العبد الرحمن'])).toEqual(['عبد الرحمن العبد الرحمن']);
  });
});
