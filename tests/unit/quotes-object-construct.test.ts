import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-object-construct: a common noun governing a genitive after the subject is the object', () => {
  it('ونفى المسؤول صحة الأنباء: the subject ends before صحة', () => {
    const text = 'ونفى المسؤول صحة الأنباء المتداولة قائلا: «لا يوجد أي قرار بإغلاق المصنع حتى الآن».';
    expect(speakers(text)).toEqual(['المسؤول']);
  });

  it('a given name after a title goes on with the subject (الوزير عادل الجبير)', () => {
    const text = 'وقال الوزير عادل الجبير: «العلاقات بين البلدين متينة وراسخة».';
    expect(speakers(text)[0]).toBe('الوزير عادل الجبير');
  });
});
