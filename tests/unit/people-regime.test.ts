import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a ruler named by his regime, forces or government (people-regime.ts)', () => {
  it.each([
    // Untagged, the page naming no full name.
    ['بعد معارك عنيفة مع قوات الأسد وميليشيا الدفاع الوطني', [], ['الأسد']],
    ['وكان الطيران المروحي التابع لنظام الأسد ألقى براميل متفجرة', [], ['الأسد']],
    ['في المعارك بين الثوار وقوات القذافي من الجانب الآخر', [], ['القذافي']],
    // Tagged with its head: the head is no part of the name.
    ['والخطط الهادفة لإسقاط نظام الأسد. وخوفها الأكبر', ['نظام الأسد'], ['الأسد']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // An organisation named so: the corpora show the word as no person's.
    ['وتعهد «جيش الإسلام» بإزالة الحاجز', []],
    // A head with the article and its adjective.
    ['وهو المعروف في النظام القانوني بالمحلفين', []],
    // The lion of a set phrase.
    ['وأخذ هذا الخبر نصيب الأسد في وسائل الإعلام', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
