import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('name after a kinship noun with a possessive pronoun', () => {
  it.each([
    ['وقالت ابنته كوريلا إن الحكم ظالم', ['كوريلا']],
    ['وتساعده زوجته ميلادوري في إدارة المزرعة', ['ميلادوري']],
    // The next name of a list behind و is not taken as a family name.
    ['وتعيش مع ابنتيها كوريلا وناتيسا في القرية', ['كوريلا']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // A parent's noun: a profession follows as often as a name.
    ['كان والدها كوريلا في شبابه', []],
    // A verb with its conjunction, a broken plural.
    ['تخلى عنها زوجها وابنها وتعتقل مرة أخرى', []],
    ['خلال أدائها وابنتها مناسك العمرة', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
