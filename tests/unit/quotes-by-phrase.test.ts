import { describe, expect, it } from 'vitest';
import { isByPhrase } from '@/utils/nlp/quotes-by-phrase';
import { quoteSpeakers } from './person-mentions';

describe('quotes-by-phrase: a phrase with بال after the verb is how the words came, not who said them', () => {
  it.each([['بالبريد الإلكتروني', true], ['بالهاتف', true], ['بندر بن سلطان', false], ['وبالتالي', false], ['الوزير', false]])('%s → %s', (phrase, by) => {
    expect(isByPhrase(phrase)).toBe(by);
  });

  it('وقالت لـ«وكالة» بالبريد الإلكتروني: the speaker already named', () => {
    const text = 'وقالت الطبيبة منى الخطيب إن النتائج مشجعة. وقالت لـ«رويترز» بالبريد الإلكتروني: «نحتاج إلى تجارب أوسع قبل أي توصية للمرضى».';
    const got = quoteSpeakers(text, [['منى الخطيب', 'p:منى الخطيب']]);
    expect(got).not.toContain('بالبريد الإلكتروني');
    expect(got).toEqual(['منى الخطيب']);
  });
});
