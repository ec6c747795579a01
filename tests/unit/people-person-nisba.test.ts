import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('spreadNames: a nisba surname the lists know only as a name', () => {
  it('finds it again after a noun, where an adjective could stand', () => {
    const text = 'وألقى معمر القذافي خطابا طويلا، وبعد سقوط نظام القذافي تغيرت البلاد';
    expect(peopleFromSpans(text, ['معمر القذافي'])).toEqual(['معمر القذافي', 'القذافي']);
  });

  it('still keeps a nisba the lists know as another word to a speech verb or a title', () => {
    const text = 'وقال سعيد الشهري إن الاجتماع ناجح، وناقش التقرير الشهري نتائج العام';
    expect(peopleFromSpans(text, ['سعيد الشهري'])).toEqual(['سعيد الشهري']);
    const cued = 'وقال سعيد الشهري إن الاجتماع ناجح، وناقش التقرير الشهري نتائج العام، وأضاف الشهري أن العمل مستمر';
    expect(peopleFromSpans(cued, ['سعيد الشهري'])).toEqual(['سعيد الشهري', 'الشهري']);
  });
});

describe('spreadNames: a surname after a family noun', () => {
  it('leaves the family out', () => {
    const text = 'وقال خالد الفالح إن الحفل ناجح، وشكرت عائلة الفالح الحضور';
    expect(peopleFromSpans(text, ['خالد الفالح'])).toEqual(['خالد الفالح']);
  });

  it('still finds the surname elsewhere', () => {
    const text = 'وقال خالد الفالح إن الحفل ناجح، وأضاف الفالح أن العائلة تشكر الحضور';
    expect(peopleFromSpans(text, ['خالد الفالح'])).toEqual(['خالد الفالح', 'الفالح']);
  });
});
