import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-pronoun-subject: a subject pronoun before a speech verb leaves what follows it an object', () => {
  it('وعما إذا هي تتابع البرامج الحوارية قالت: the interviewee, not the programmes', () => {
    const text = 'قالت المغنية سلمى عادل إنها سعيدة بالعمل الجديد. وعما إذا هي تتابع البرامج الحوارية قالت: «لا أجد الوقت لذلك». وأضافت: «أفضل القراءة في المساء».';
    expect(speakers(text, [['سلمى عادل', 'p:سلمى عادل']])).toEqual(['سلمى عادل', 'سلمى عادل']);
  });

  it('وهو يتابع العمال: the one already named speaks', () => {
    const text = 'وزار المهندس فارس نجيب موقع السد. ويقول نجيب وهو يتابع العمال الجدد إن «المشروع سينتهي قبل موعده».';
    expect(speakers(text, [['فارس نجيب', 'p:فارس نجيب']])).toEqual(['فارس نجيب']);
  });
});
