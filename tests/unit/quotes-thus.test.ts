import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The [text, speaker] of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function quotes(text: string, people: Array<[string, string]> = []): Array<[string, string | null]> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => [q.text, q.speaker]);
}

describe('quotes-cues: «…»، هكذا + a speech verb attributes the words before it', () => {
  it('«…»، هكذا تحدث المؤسس: a quotation of the one after the verb', () => {
    const text = 'بدأ المعرض أمس في المدينة.\n«نحن نصنع كل شيء بأيدينا، وبإتقان كبير»، هكذا تحدث المؤسس كريم حداد في كلمة الافتتاح.';
    expect(quotes(text, [['كريم حداد', 'p:كريم حداد']])).toEqual([['نحن نصنع كل شيء بأيدينا، وبإتقان كبير', 'كريم حداد']]);
  });
});
