import { describe, expect, it } from 'vitest';
import { linkedFromSpans } from './person-mentions';

describe('isNisbaReadAsNoun: a surname shaped as an adjective, again on the page', () => {
  it('finds the surname after a verb, which takes no adjective', () => {
    const text = 'افتتح سالم الشمري المعرض أمس. وقد زار الشمري الأجنحة كلها';
    expect(linkedFromSpans(text, ['سالم الشمري'])).toEqual(['سالم الشمري → سالم الشمري', 'الشمري → سالم الشمري']);
  });

  it('leaves the adjective after a definite noun or the head of a construct', () => {
    const text = 'افتتح سالم الشمري المعرض أمس. وحضر الوفد الشمري وأبناء عائلة الشمري';
    expect(linkedFromSpans(text, ['سالم الشمري'])).toEqual(['سالم الشمري → سالم الشمري']);
  });
});
