import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a pronoun that ends an East Asian name (people-syllable-name)', () => {
  it.each([
    ['وتمتع المدافع الكوري كواك تاي هي، بإجازة خاصة.', ['كواك تاي هي'], ['كواك تاي هي']],
    ['ووصل اللاعب سون جونغ هو إلى المعسكر.', ['سون جونغ هو'], ['سون جونغ هو']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // One word before the pronoun: the copula after a name.
    ['وقالت إن سارة هي الأفضل.', ['سارة هي'], ['سارة']],
    // Long words, or a listed name's article form, before it: no syllables.
    ['وكان محمد عبدالله هو المسؤول.', ['محمد عبدالله هو'], ['محمد عبدالله']],
    ['وكانت ماري الشمري هي الفائزة.', ['ماري الشمري هي'], ['ماري الشمري']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
