import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('family name after a compound given name, a kunya, or opened by ذو', () => {
  it.each([
    // A two-word given name: the family word with the article before what closes the name.
    ['وكتب عبد الله المريخي عن تجربته في الغربة', ['عبد الله'], ['عبد الله المريخي']],
    // A kunya behind و, before a demonym.
    ['ومن بينهم وأبو حمزة الكتاني المغربي', ['أبو حمزة'], ['أبو حمزة الكتاني']],
    // ذو and a family word with the article after any name.
    ['وقابلت المخرج نبيل ذو الفقار في القاهرة', ['نبيل'], ['نبيل ذو الفقار']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // Not closed: the word with the article is the object of the sentence.
    ['وحث أبو حمزة الأطباء بالبدء في العمل', ['أبو حمزة'], ['أبو حمزة']],
    // ذو before digits is "aged", not a family name.
    ['وتحدث سالم الزهراني ذو الـ80 عاما', ['سالم الزهراني'], ['سالم الزهراني']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
