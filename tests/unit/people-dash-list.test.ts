import { describe, expect, it } from 'vitest';
import { mentionsFromTypedSpans, peopleFromSpans } from './person-mentions';

/** The person mentions findPeople gives for the tagger's person spans [surface, confidence]. */
const people = (text: string, spans: Array<[string, number]>): string[] =>
  mentionsFromTypedSpans(text, spans.map(([name, c]) => [name, 'PERS', c])).map((m) => m.text);

describe('people-dash-list: names set off by spaced dashes', () => {
  it('a mention never runs over a spaced dash into the next name', () => {
    expect(peopleFromSpans('وإخوانه سليمان - عبد العزيز - سالم وأبناؤهم', ['سليمان', 'عبد العزيز - سالم'])).toEqual(['سليمان', 'عبد العزيز', 'سالم']);
  });

  it('a list of three items or more with two mentions, one of them sure, names its other one-word items and keeps the doubted one', () => {
    const text = 'والعزاء موصول لأبناء الفقيد صالح - فراس - سطام - راكان وبنات الفقيد';
    expect(people(text, [['صالح', 0.99], ['فراس', 0.43]])).toEqual(['صالح', 'فراس', 'سطام', 'راكان']);
  });

  it.each([
    // One mention only: no list of names.
    ['وزار صالح - فراس - جدة - الدمام في جولته', [['صالح', 0.9]], ['صالح']],
    // Two mentions, neither sure: the tagger's doubt stands.
    ['وحضر صالح - فراس - سطام الحفل', [['صالح', 0.4], ['فراس', 0.4]], []],
    // A word the lists know as a place is no item.
    ['أبناء الفقيد صالح - فراس - جدة - الدمام', [['صالح', 0.9], ['فراس', 0.9]], ['صالح', 'فراس']],
  ] as Array<[string, Array<[string, number]>, string[]]>)('not: %s', (text, spans, expected) => {
    expect(people(text, spans)).toEqual(expected);
  });
});
