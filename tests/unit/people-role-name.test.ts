import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('name after a profession and its team', () => {
  it.each([
    ['وساعدني مدرب الفريق كاريلوتو، ومساعدوه، في التأقلم', ['كاريلوتو']],
    ['وأصيب مهاجم المنتخب دوميرانس في التدريب', ['دوميرانس']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // A profession alone: an adjective or a time word may follow.
    ['لحين وصول المدرب كاريلوتو يوم الأربعاء', []],
    // A team without a profession before it.
    ['وشارك الفريق كاريلوتو في البطولة', []],
    // A noun with a pronoun after the team is no name.
    ['وقرر مدرب الفريق مغادرتك الآن', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
