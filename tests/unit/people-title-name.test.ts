import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('name right after a definite title', () => {
  it.each([
    // A word no list knows, then a family name the lists call common.
    ['وأشادت الطالبات بجهود الدكتورة موضي الخلف، وتمنين لها التوفيق', ['موضي الخلف']],
    // A given name that is also a common word, then a rare family name.
    ['وألقى الشاعر مطلق الأزيمع قصيدة في الحفل', ['مطلق الأزيمع']],
    // A listed given name alone, closed by خلال.
    ['وقال المسؤولون إن الأمير متعب خلال زيارته للمعرض اطلع على الأجنحة', ['متعب']],
    // A word no list knows alone, which the page writes again.
    ['وكتب الأمير بندر في مقاله أن الاتفاق ناقص، ورد كيري على بندر بعد يومين', ['بندر', 'بندر']],
    // A title behind ل, written لل.
    ['سلم الوزير درعا تذكاريا للدكتورة موضي الخلف في الحفل', ['موضي الخلف']],
    ['قدم الوفد التهنئة للأمير متعب خلال الحفل', ['متعب']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // The preposition على, folded as the name علي.
    ['وأكد الوزير على أهمية الخطة الجديدة', []],
    // A title heading an institution's name.
    ['ونقل المصاب إلى مستشفى الملك فهد بجدة', []],
    // A given name that is a time word, not closed.
    ['ويصل المدرب صباح يوم الأربعاء إلى المدينة', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
