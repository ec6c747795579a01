import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('untagged name in apposition to a role, before any word', () => {
  it.each([
    // The role announces the name; the word after it need not close a clause part.
    ['وكان في استقبالهم مدير المستشفى عامر الموينع ومساعده وعدد من الأطباء', ['عامر الموينع']],
    ['من جهته دعا مدير شؤون المعلمين سعد الموينع المرشحين إلى الحضور', ['سعد الموينع']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // Without a role before it, a name before an open word is left to the tagger.
    ['وفي هذا اليوم رأيت عامر الموينع ومساعده في السوق', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
