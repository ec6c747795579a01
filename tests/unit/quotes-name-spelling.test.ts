import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isSpelling } from '@/utils/nlp/name-spelling';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]>): Array<string | null> {
  return detectQuotes(text, people.filter(([n]) => text.includes(n)).map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-name-spelling: a lone name spelt another way than the last name of one person named earlier is that person', () => {
  it.each([
    // (a letter dropped: آزفيدو for أزيفيدو, the lone name not recognised)
    ['وقال المدير العام روبرتو أزيفيدو إن «الاتفاق خطوة مهمة للتجارة العالمية». ونقل البيان عن آزفيدو القول: «إنها صفقة كبيرة للجميع».',
      [['روبرتو أزيفيدو', 'p:روبرتو أزيفيدو']], ['روبرتو أزيفيدو', 'روبرتو أزيفيدو']],
    // (two letters dropped from a long name, the lone name recognised as a person of its own)
    ['وقدم عضو الكنيست نيسان سلومنسكي اقتراح القانون أمس. وقال سلومنك: «القانون يهدف إلى ردع السجناء».',
      [['نيسان سلومنسكي', 'p:نيسان سلومنسكي'], ['سلومنك', 'p:سلومنك']], ['نيسان سلومنسكي']],
    // (not a short name: محمد is not محمود)
    ['والتقى الوزير أحمد محمود بنظيره في الرياض. وقال محمد: «نحن متفقون على كل النقاط».',
      [['أحمد محمود', 'p:أحمد محمود']], ['محمد']],
  ] as Array<[string, Array<[string, string]>, string[]]>)('%s', (text, people, expected) => {
    expect(speakers(text, people)).toEqual(expected);
  });

  it.each([
    ['ازفيدو', 'ازيفيدو', true],
    ['سلومنك', 'سلومنسكي', true],
    ['محمد', 'محمود', false],
    ['سليمان', 'سلمان', true],
    ['الشهري', 'الشمري', false],
    ['خالدي', 'ماجدي', false],
  ] as Array<[string, string, boolean]>)('isSpelling(%s, %s) → %s', (a, b, expected) => {
    expect(isSpelling(a, b)).toBe(expected);
  });
});
