import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('one-word foreign name after a profession with the article, named again on the page', () => {
  it.each([
    ['وتعاقدت الإدارة مع المدرب فاليريتو لمدة موسمين، ويصل فاليريتو غدا', ['فاليريتو', 'فاليريتو']],
    ['وأشرف الطبيب كوردال على علاج المهاجم، وقال إن كوردال يتابع حالته', ['كوردال', 'كوردال']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // Named once only: after a profession alone a time word or a phrase may follow as well.
    ['لحين وصول المدرب فاليريتو يوم الأربعاء', []],
    // A word the lists know, even as a name, is no foreign name there (صباح also "morning").
    ['لحين وصول المدرب صباح يوم الأربعاء، وصباح الخميس يبدأ التدريب', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
