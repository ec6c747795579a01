import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('given name that is also a common word, before a family name at its first mention', () => {
  it.each([
    // آمال "hopes", باسم "smiling": given names after a noun describing the person.
    ['وقالت المؤلفة آمال حجازي إن العمل جاهز', ['حجازي'], ['آمال حجازي']],
    ['واستطاع الشاب باسم شكري أن يقنع اللجنة', ['شكري'], ['باسم شكري']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // The family name was introduced earlier on the page: the word before it is a verb.
    ['وصل باراك أوباما أمس، وقال الكونغرس أمر أوباما بالانسحاب', ['باراك أوباما', 'أوباما'], ['باراك أوباما', 'أوباما']],
    // After a plural noun the word is its predicate, not a given name.
    ['وقال إن استلام التأشيرات أمر روتيني للجميع', ['روتيني'], ['روتيني']],
    // A title is no given name (الباجي قائد السبسي).
    ['وقال الرئيس الباجي قائد السبسي إن الأمن مستتب', ['السبسي'], ['السبسي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
