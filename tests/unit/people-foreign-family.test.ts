import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('foreign family name after a lone foreign given name', () => {
  it.each([
    // Before the object with the article.
    ['ووضع هنريك دوفال التصميم النهائي', ['هنريك'], ['هنريك دوفال']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
  it.each([
    // A verb after the name.
    ['وقال بريان يكتب الرسالة', ['بريان'], ['بريان']],
    // A word the lists know (خلف "behind") is no foreign surname.
    ['وقال كريس خلف الباب', ['كريس'], ['كريس']],
    // An indefinite word after: no closing of a name.
    ['وقال بريان دوفال جديدا', ['بريان'], ['بريان']],
    // A word opening with و may be the conjunction and a word.
    ['وقال بريان وازو من الشركة إن', ['بريان'], ['بريان']],
    // The next item of a list behind و.
    ['وقالت نورة وسمر من الفريق', ['نورة'], ['نورة']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
});
