import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-issuer: a report quoted through the body that issued it is that body\'s', () => {
  it.each([
    ['وقال تقرير أصدرته مؤخرا وكالة التنمية الدولية إنه «خلال السنوات الماضية عملت الوكالة في كل مكان».', 'وكالة التنمية الدولية'],
    ['وقال تقرير أصدرته الهيئة الوطنية للإحصاء: «ارتفعت الأسعار بنسبة كبيرة هذا العام».', 'الهيئة الوطنية للإحصاء'],
    // issued by: صدر، صادر، الصادر عن, a time word or an adjective between allowed
    ['وقال بيان صدر عن وزارة الخارجية إن «الوضع مقلق للغاية».', 'وزارة الخارجية'],
    ['وذكر بيان صدر أمس عن وزارة الخارجية العمانية اليوم أن «الوضع مقلق للغاية».', 'وزارة الخارجية العمانية'],
    ['وقال تقرير حديث صادر عن «ميتال فوكس» إن «أسعار الذهب كانت تحت ضغط شديد».', 'ميتال فوكس'],
    ['ووفقا لبيان صدر عن مجلس وزراء الخارجية الأوروبيين الذي عقد في بروكسل فإن «إنشاء مجموعة دعم دولية وسيلة ممكنة».', 'مجلس وزراء الخارجية الأوروبيين'],
    ['وجاء في البيان الصادر عن المفوضية الأوروبية ببروكسل أن «النمو سيتباطأ هذا العام».', 'المفوضية الأوروبية'],
    // "a statement from" the body (بيان من)
    ['وذكر بيان من مكتب الرئيس: «الأطباء راضون عن نتيجة العملية».', 'مكتب الرئيس'],
    ['وقال بيان من وزارة الخارجية إن «الوضع مقلق للغاية».', 'وزارة الخارجية'],
    // (negative row: the statement in a phrase after the subject, الوزارة في بيان من صفحتين)
    ['وقالت الوزارة في بيان من صفحتين إن «الوضع مقلق للغاية».', 'الوزارة'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('a phrase about the document after the verb is no issuer', () => {
    const text = 'وقال بيان أصدره حول هذه النقطة: «يجب أن نرد في حذر على هذا التمويل».';
    expect(speakers(text)).not.toEqual(['حول هذه النقطة']);
  });

  it('صدر without عن after it names no issuer', () => {
    const text = 'وقال بيان صدر أمس في القاهرة إن «الوضع مقلق للغاية».';
    expect(speakers(text)).not.toEqual(['القاهرة']);
  });
});
