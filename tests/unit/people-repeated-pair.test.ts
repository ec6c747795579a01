import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('family name repeated after a lone given name', () => {
  it.each([
    // The tagger stopped before the family word (also a common word) both times: the same word
    // after the given name twice on the page is its family name.
    ['قدم المصمم جون راي مجموعته الجديدة. وأكد جون راي أنه راض عنها', ['جون', 'جون'], ['جون راي', 'جون راي']],
    // A family word opening with و that the lists know whole, with nothing known after its و.
    ['ودفع جيفري ويب ببراءته أمام المحكمة. وقال جيفري ويب إنه بريء', ['جيفري', 'جيفري'], ['جيفري ويب', 'جيفري ويب']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.6)).toEqual(expected);
  });
  it.each([
    // Once only: the word after may begin the sentence's predicate.
    ['قدم المصمم جون راي مجموعته الجديدة. وأكد جون أنه راض عنها', ['جون', 'جون'], ['جون', 'جون']],
    // A word the lists know only as a common word (here a preposition) ends the name.
    ['إنجازات الملك سلمان خلال أيام. وأعماله للملك سلمان خلال العام', ['سلمان', 'سلمان'], ['سلمان', 'سلمان']],
    // و and a word the lists know: the conjunction and the next item, each time.
    ['التقى جون وعبد الله في المقر. ثم غادر جون وعبد الله معا', ['جون', 'جون'], ['جون', 'جون']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.6)).toEqual(expected);
  });
});
