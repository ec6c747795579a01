import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]>): Array<string | null> {
  return detectQuotes(text, people.filter(([n]) => text.includes(n)).map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-first-name: a lone name that opens the name of one person named earlier is that person', () => {
  it('the given name (وأضاف "كورتز" after "كورتز كوبر")', () => {
    const text = 'وقال "كورتز كوبر" نائب المتحدث الرسمي إن المجلس "سيعقد جلسة خاصة للتصويت على مشروع القرار". وأضاف "كورتز" في تغريدة له أن المسودة "تم وضعها في مرحلة الصمت حتى الساعة العاشرة من صباح الجمعة".';
    expect(speakers(text, [['كورتز كوبر', 'p:كورتز كوبر']])).toEqual(['كورتز كوبر', 'كورتز كوبر']);
  });

  it('a compound given name clipped to its first word (عز for عز الدين ذو الفقار)', () => {
    const text = 'تذكر زواجها من المخرج عز الدين ذو الفقار الذي أحبته كتلميذة تحب أستاذها. وفي أول لقاء بينهما قال عز: «فيه خدمة أقدر أقدمها يا ست الكل؟».';
    expect(speakers(text, [['عز الدين ذو الفقار', 'p:عز الدين ذو الفقار']])).toEqual(['عز الدين ذو الفقار']);
  });

  it('not when two people named earlier open their names with it', () => {
    const text = 'والتقى محمد العلي بمحمد الحسن في الرياض. وقال محمد: «نحن متفقون على كل النقاط التي طرحت في اللقاء».';
    expect(speakers(text, [['محمد العلي', 'p:محمد العلي'], ['محمد الحسن', 'p:محمد الحسن']])).toEqual(['محمد']);
  });
});
