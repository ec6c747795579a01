import { describe, expect, it } from 'vitest';
import { isMannerWord } from '@/utils/nlp/quotes-aside';
import { quoteSpeakers } from './person-mentions';

describe('quotes-aside: how the words were said is no speaker', () => {
  it.each([['بلهجة', true], ['بصوتها', true], ['بنبرته', true], ['بلا', true], ['بغيظ', true], ['بوتين', false], ['بريطانيا', false], ['بيان', false]])('%s → %s', (word, manner) => {
    expect(isMannerWord(word)).toBe(manner);
  });

  it('قالت بلهجة حازمة: the speaker is the one the text was about, not the manner', () => {
    const text = 'وقالت المديرة سلمى العتيبي: «سنبدأ العمل غدا». ثم عادت وقالت بلهجة حازمة: «لن نقبل أي تأخير في التسليم هذه المرة».';
    expect(quoteSpeakers(text, [['سلمى العتيبي', 'p:سلمى العتيبي']])).toEqual(['سلمى العتيبي', 'سلمى العتيبي']);
  });

  it('قالت بكثير من الحماس: the measure of a feeling is no speaker either', () => {
    const text = 'وقالت المديرة سلمى العتيبي: «سنبدأ العمل غدا». ثم قالت بكثير من الحماس «هذه علامة يهتم بها الناس كثيرا».';
    expect(quoteSpeakers(text, [['سلمى العتيبي', 'p:سلمى العتيبي']])).toEqual(['سلمى العتيبي', 'سلمى العتيبي']);
  });

  it('a name, then how it spoke: the name alone (فأجاب خالد بصوت منخفض)', () => {
    expect(quoteSpeakers('فأجاب خالد بصوت منخفض: «لم أكن أعرف أن الاجتماع تأجل إلى الأسبوع المقبل».')).toEqual(['خالد']);
  });
});

describe('quotes-aside: the wish not to be named ends the source', () => {
  it('مصدر أمني طلب عدم نشر اسمه: the source, without the clause', () => {
    expect(quoteSpeakers('وقال مصدر أمني طلب عدم نشر اسمه إن «قواتنا تمكنت من إحباط الهجوم قبل وقوعه بساعات».')).toEqual(['مصدر أمني']);
  });

  it('تحدث بشرط عدم الكشف عن اسمه: the one who spoke before, not the clause', () => {
    const text = 'وقال دبلوماسي أوروبي رفيع إن المحادثات مستمرة. وتحدث لـ«رويترز» بشرط عدم الكشف عن اسمه أن فرص الاتفاق «تبلغ ثلاثين في المائة على الأكثر».';
    expect(quoteSpeakers(text)).toEqual(['دبلوماسي أوروبي رفيع']);
  });
});

describe('quotes-aside: the withheld name is not a noun naming the words in marks', () => {
  it('مصدر أمني طلب عدم نشر اسمه: «…» is the source\'s words', () => {
    expect(quoteSpeakers('وقال مصدر أمني طلب عدم نشر اسمه: «تمكنت قواتنا من إحباط الهجوم قبل وقوعه بساعات».')).toEqual(['مصدر أمني']);
  });

  it('اسمه «…» with no such wish still names (أطلق على المشروع اسمه «…»)', () => {
    expect(quoteSpeakers('وأطلقت الشركة على المشروع الجديد اسمه «مدينة المستقبل».')).toEqual([]);
  });
});

describe('quotes-aside: a parenthesis of manner between a speech verb and its subject', () => {
  it('وكتب (باللغة الإنجليزية) فلان: the one named after the parenthesis writes', () => {
    const text = 'كتب سامي ناصر: «الطقس بارد هنا». وكتب (باللغة الإنجليزية) رامي خليل: «أعيش في الشمال والثلج لا يتوقف».';
    expect(quoteSpeakers(text, [['سامي ناصر', 'p:سامي ناصر'], ['رامي خليل', 'p:رامي خليل']])).toEqual(['سامي ناصر', 'رامي خليل']);
  });
});
