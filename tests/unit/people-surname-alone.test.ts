import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('family name the page uses alone after a lone given name', () => {
  it.each([
    // A rare word with the article after the given name, named alone after a title elsewhere.
    ['أعدم التنظيم الطيار معاذ الزعاربة أمس. وطالب والد الشهيد الزعاربة بالقصاص', ['معاذ'], ['معاذ الزعاربة']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
  it.each([
    // Never named alone: the word after the given name stays out.
    ['أعدم التنظيم الطيار معاذ الزعاربة أمس', ['معاذ'], ['معاذ']],
    // Alone only as the title before another name: no surname.
    ['التقى معاذ الزعاربة أمس. وقال الزعاربة محمد إن', ['معاذ', 'محمد'], ['معاذ', 'محمد']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
});
