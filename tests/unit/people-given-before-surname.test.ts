import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('given name before an untagged repeat of a lone name', () => {
  it.each([
    // The tagger found only the family name; the page gives it once after a given name.
    ['وأوضح الزعبلاوي أن الخطة جاهزة. وحضر سالم الزعبلاوي الحفل', ['الزعبلاوي'], ['الزعبلاوي', 'سالم الزعبلاوي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
  it.each([
    // A word of a fuller name of the page is that person's (عز of عز الدين), not a lone surname.
    ['قال عز الدين إن الفيلم جاهز. وغاب عز عن الحفل. وعاد سالم عز إلى', ['عز الدين', 'عز'], ['عز الدين', 'عز']],
    // A verb before the repeat is no given name.
    ['وأوضح الزعبلاوي أن الخطة جاهزة. ويقرن الزعبلاوي بين', ['الزعبلاوي'], ['الزعبلاوي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
});
