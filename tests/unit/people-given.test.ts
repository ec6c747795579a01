import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('listed given name before a lone family name, after any word', () => {
  it.each([
    // After a verb or a noun, the given name before an unlisted family name is part of it.
    ['وأبهر وائل كفوري جمهوره بأغنية جديدة', ['كفوري'], ['وائل كفوري']],
    ['وبينما كانت فاليري غوم تقرأ المقال', ['غوم'], ['فاليري غوم']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // The family word follows another given name on the page: the word before is a noun.
    ['قال بشار الأسد إن الحرب طويلة، وهاجم بعضهم نظام الأسد بشدة', ['بشار الأسد', 'الأسد'], ['بشار الأسد', 'الأسد']],
    // After في a noun of place or time is likely.
    ['وقد حضر رجال الدفاع في خميس مشيط للمساعدة', ['مشيط'], ['مشيط']],
    // After a relative pronoun the word is the verb of its clause.
    ['الماضي القريب الذي شهد ركودا أثر على المبيعات', ['ركودا'], ['ركودا']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
