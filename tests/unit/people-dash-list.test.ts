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

  it('takes a lone tatweel with a space on each side as a dash', () => {
    const text = 'وضمت القائمة: حسين شيعان ـ عبدالله الشمري ـ وليد العنزي ـ عمر هوساوي.';
    expect(people(text, [['حسين شيعان', 0.99], ['عبدالله الشمري ـ وليد العنزي', 0.9], ['عمر هوساوي', 0.99]])).toEqual(['حسين شيعان', 'عبدالله الشمري', 'وليد العنزي', 'عمر هوساوي']);
  });

  it('names a two-word item of a listed given name and a name-like word, over the lone word the tagger took', () => {
    const text = 'وضمت القائمة: حسين شيعان - متعب شراحيلي - عوض خميس - عمر هوساوي.';
    expect(people(text, [['حسين شيعان', 0.99], ['شراحيلي', 0.6], ['عمر هوساوي', 0.99]])).toEqual(['حسين شيعان', 'متعب شراحيلي', 'عوض خميس', 'عمر هوساوي']);
  });

  it.each([
    // A given name and a word with a pronoun is no two-word item.
    ['وضمت القائمة: حسين شيعان - متعب ابنه - عمر هوساوي.', [['حسين شيعان', 0.99], ['عمر هوساوي', 0.99]], ['حسين شيعان', 'عمر هوساوي']],

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
