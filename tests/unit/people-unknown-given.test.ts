import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('given name no list knows, where the place announces a full name', () => {
  it.each([
    // Right after a title, the name closed by a comma or a preposition.
    ['وحضر الاجتماع المستشار ذعار الفرحاني، وعدد من الأعضاء', [], ['ذعار الفرحاني']],
    // At the head of a list whose next item is a name already found.
    ['وأحيا الأمسية الشاعران ذعار الفرحاني وسعد الشمري في النادي', ['سعد الشمري'], ['ذعار الفرحاني', 'سعد الشمري']],
  ])('%s', (text, tagged, expected) => {
    expect(peopleFromSpans(text, tagged)).toEqual(expected);
  });
  it.each([
    // Not after a title, not heading a list: left to the tagger.
    ['وشاهدنا بالأمس ذعار الفرحاني، في السوق', [], []],
    // After a title but before an open word, the pair may be a phrase.
    ['وحضر المستشار ذعار الفرحاني العريق في السوق', [], []],
    // A plural after the word is a group, not a family name.
    ['وأسعفت المقاومة جرحى الحوثيين وسعد الشمري في الموقع', ['سعد الشمري'], ['سعد الشمري']],
  ])('%s', (text, tagged, expected) => {
    expect(peopleFromSpans(text, tagged)).toEqual(expected);
  });
});
