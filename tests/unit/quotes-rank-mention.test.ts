import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]>): Array<string | null> {
  return detectQuotes(text, people.filter(([n]) => text.includes(n)).map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

const PEOPLE: Array<[string, string]> = [['الملازم', 'p:الملازم'], ['العقيد', 'p:العقيد'], ['عبد الله خضير العلواني', 'p:العلواني'], ['أحمد المسماري', 'p:المسماري'], ['الخطيب', 'p:الخطيب']];

describe('quotes-rank-mention: a rank read as a name, before a description that names its holder', () => {
  it.each([
    ['وقال الملازم في مكافحة إجرام الأنبار عبد الله خضير العلواني لـ«الشرق الأوسط» إن «القوات المشتركة باتت على مشارف مقر اللواء الثامن».', 'عبد الله خضير العلواني'],
    ['وقال العقيد في الجيش الليبي أحمد المسماري إن «الوحدات تقدمت نحو وسط المدينة».', 'أحمد المسماري'],
    // (negative rows: a rank with no name after it, and a surname that is also a role noun)
    ['وقال العقيد إن «الوحدات تقدمت نحو وسط المدينة».', 'العقيد'],
    ['وقال الخطيب في كلمته أمام المؤتمر إن «الإصلاح يبدأ من التعليم».', 'الخطيب'],
  ])('%s', (text, speaker) => {
    expect(speakers(text, PEOPLE)).toEqual([speaker]);
  });
});
