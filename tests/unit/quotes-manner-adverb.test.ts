import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-subject: a manner adverb after a speech verb is not its subject', () => {
  it('ثم قال بأسى: «…»: the one speaking before, not بأسى', () => {
    const text = 'وقال المدرب هشام النجار: «خسرنا اليوم». ثم قال بأسى: «لم نستحق هذه النتيجة».';
    expect(speakers(text, [['هشام النجار', 'p:هشام النجار']])).toEqual(['هشام النجار', 'هشام النجار']);
  });

  it('قالت له بعدها الموظفة: «…»: بعدها is skipped and the subject follows', () => {
    const text = 'ورن الهاتف في الغرفة وقالت له بعدها الموظفة: «الغرفة جاهزة الآن».';
    expect(speakers(text)).toEqual(['الموظفة']);
  });
});
