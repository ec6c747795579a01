import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isAbstractObject } from '@/utils/nlp/quotes-abstract-object';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-abstract-object: an abstract noun after a speech verb is its object, not its subject', () => {
  it.each([
    ['ضرورة', true],
    ['وجود', true],
    ['احتمال', true],
    ['الوزير', false],
    ['امل', false],
  ])('%s → %s', (f, yes) => {
    expect(isAbstractObject(f)).toBe(yes);
  });

  it('وأكد ضرورة … مشيرا إلى أن «…»: the minister named before, not ضرورة', () => {
    const text = 'التقى وزير الخارجية الألماني هانس مولر نظيره الفرنسي أمس. وأكد ضرورة أن يبدأ الحوار قريبا، مشيرا إلى أن «الحل السياسي هو الطريق الوحيد».';
    expect(speakers(text, [['هانس مولر', 'p:هانس مولر']])).toEqual(['هانس مولر']);
  });

  it('نفى وجود … مؤكدا أن «…»: the speaker of the previous quotation', () => {
    const text = 'وقال النائب سليم الحسن إن «الوضع هادئ». ونفى وجود أي خطة للتهجير، مؤكدا أن «الناس متمسكون بأرضهم».';
    expect(speakers(text, [['سليم الحسن', 'p:سليم الحسن']])).toEqual(['سليم الحسن', 'سليم الحسن']);
  });

  it('وأشار لوجود … ويستدرك بالقول: «…»: ل with the abstract noun is its complement too', () => {
    const text = 'وأكد الخبير ماهر العتيبي أن المدارس «تواجه أعباء كبيرة». وأشار لوجود الكثير من المدارس التي تعمل بخسارة، ويستدرك بالقول: «نحن تجاوزنا هذه المرحلة».';
    expect(speakers(text, [['ماهر العتيبي', 'p:ماهر العتيبي']])).toEqual(['ماهر العتيبي', 'ماهر العتيبي']);
  });
});
