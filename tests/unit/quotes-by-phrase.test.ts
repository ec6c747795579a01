import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isByPhrase } from '@/utils/nlp/quotes-by-phrase';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-by-phrase: a phrase with بال after the verb is how the words came, not who said them', () => {
  it.each([['بالبريد الإلكتروني', true], ['بالهاتف', true], ['بندر بن سلطان', false], ['وبالتالي', false], ['الوزير', false]])('%s → %s', (phrase, by) => {
    expect(isByPhrase(phrase)).toBe(by);
  });

  it('وقالت لـ«وكالة» بالبريد الإلكتروني: the speaker already named', () => {
    const text = 'وقالت الطبيبة منى الخطيب إن النتائج مشجعة. وقالت لـ«رويترز» بالبريد الإلكتروني: «نحتاج إلى تجارب أوسع قبل أي توصية للمرضى».';
    const got = speakers(text, [['منى الخطيب', 'p:منى الخطيب']]);
    expect(got).not.toContain('بالبريد الإلكتروني');
    expect(got).toEqual(['منى الخطيب']);
  });
});
