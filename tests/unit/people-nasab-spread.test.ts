import { describe, expect, it } from 'vitest';
import { isNasabFamilyName } from '@/utils/nlp/people-nasab-spread';
import { peopleFromSpans } from './person-mentions';

describe('the family name of a nasab chain spreads from a name the tagger was unsure of', () => {
  it('a repeat of the family name after a verb is found', () => {
    const text = 'وصرح المتحدث سالم بن فهد الدعيلج بأن العمل مستمر. وناشد الدعيلج السكان التعاون مع الفرق';
    expect(peopleFromSpans(text, ['سالم بن فهد الدعيلج'], 0.6)).toEqual(['سالم بن فهد الدعيلج', 'الدعيلج']);
  });
  it('a name without a nasab, or a last word without the article, spreads nowhere at that confidence', () => {
    expect(isNasabFamilyName(['سالم', 'فهد', 'الدعيلج'])).toBe(false);
    expect(isNasabFamilyName(['سالم', 'بن', 'فهد', 'قوه'])).toBe(false);
    expect(isNasabFamilyName(['سالم', 'بن', 'فهد', 'الدعيلج'])).toBe(true);
  });
});
