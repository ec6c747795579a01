import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-named-since: a person named after أن is reported, not a speaker', () => {
  it('وقال المصدر "إن فلانًا …. مضيفا "…": the أن right after the opening mark reports the name', () => {
    const text = 'وقال مصدر مطلع إن اللاعب لم يحسم أمره. وقال المصدر "ان سامي ناصر يدرس العرض بعناية كبيرة. مضيفا "انه سيعلن قراره خلال الأيام المقبلة".';
    const said = speakers(text, [['سامي ناصر', 'p:سامي ناصر']]);
    expect(said[said.length - 1]).not.toBe('سامي ناصر');
  });
});
