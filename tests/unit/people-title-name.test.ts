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
    // The abbreviated title د. (its letter and its point are two tokens), with a space or without.
    ['كما تحضر د. موضي الخلف مساعدة المدير العام للشؤون الصحية', ['موضي الخلف']],
    ['كما تحضر د.موضي الخلف مساعدة المدير العام', ['موضي الخلف']],
    ['وقال أ.د. موضي الخلف إن الخطة جاهزة', ['موضي الخلف']],
    ['وقال الباحث (د. موضي الخلف) إن الخطة جاهزة', ['موضي الخلف']],
    // After the abbreviation, a given name the lists also call a common word (علي, the preposition's spelling).
    ['ويؤكد د. علي أن الطريق ما زال طويلا', ['علي']],
    // The page names her again by the family name alone after a title or a speech verb.
    ['وأكدت الدكتورة موضي الخلف عزمها اللجوء إلى القضاء. الدكتورة الخلف ردت على الأسئلة. وقالت الخلف إن الأمر انتهى.', ['موضي الخلف', 'الخلف', 'الخلف']],
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
    // The agency د.ب.أ, and an abbreviated title heading a hospital group's name.
    ['وقال لوكالة الأنباء الألمانية (د.ب.أ) إن الخطة الجديدة جاهزة', []],
    ['وقامت مستشفيات د.موضي الخلف بالريان بتقديم التهاني', []],
    // A letter د ending an abbreviation of its own (م.د.) is no title.
    ['وقال م.د. موضي الخلف إن الخطة جاهزة', []],
    // A rare word before a word the page also writes after another noun: a people, not a family.
    ['وحكم الملك الأرمني هيثوم المغول بعد أن احتل المغول المدينة', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
