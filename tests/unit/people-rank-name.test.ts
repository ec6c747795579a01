import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('name right after a military or royal rank', () => {
  it.each([
    // A listed given name that is also a common word, then a title used as a family name, closed by a comma.
    ['وتفقد المشروع اللواء كامل الوزير، وأكد أهمية العمل', ['كامل الوزير']],
    // A rank with a modifier (الفريق أول) and a conjunction, closed by a role.
    ['واستقبل الوزير الفريق أول مطلق الأزيمع قائد القوات البرية', ['مطلق الأزيمع']],
    // A rare one-word name closed by a mark.
    ['وغادر العقيد بوراسكي، دون تعليق', ['بوراسكي']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // A unit, not a person: no name follows (اللواء الثامن).
    ['وتقدمت القوات نحو مقر اللواء الثامن، أمس', []],
    // الفريق alone is the team.
    ['وخسر الفريق كامل المباراة، أمس', []],
    // A name not closed by a mark, a role or a speech verb stays out.
    ['وحصل على جائزة الأمير متعب للتميز', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
