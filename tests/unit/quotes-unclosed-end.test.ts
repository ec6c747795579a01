import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';
import { unclosedEnd } from '@/utils/nlp/quotes-unclosed-end';

const cut = (body: string) => body.slice(0, unclosedEnd(body)).trim();
const quotesOf = (text: string) => analyse(text).quotes.map((q) => q.text);

/** Each body with the words the quotation keeps (the whole body when nothing ends it). */
const CASES: Record<string, Array<[string, string]>> = {
  'before a sentence the writer opens with a speech verb': [
    ['إن البواسل وضعوا حياتهم فداء لشعبها. وأكد رئيس البرلمان العربي أن الجماعات خطر', 'إن البواسل وضعوا حياتهم فداء لشعبها.'],
    ['لن نتراجع عن قرارنا. فقال له الحاضرون إنهم معه', 'لن نتراجع عن قرارنا.'],
  ],
  'before a sentence that hands the page back to the writer': [
    ['تقلدت الشركتان المركز الثاني. إلى ذلك، شهد معرض صيني تدفق المبيعات', 'تقلدت الشركتان المركز الثاني.'],
    ['نحن نعول على الشراكة مع الهيئة. رابط الخبر بصحيفة الوئام: الأمير يزور المعرض', 'نحن نعول على الشراكة مع الهيئة.'],
    ['سنعمل معا. من جهته، رحب السفير بالزيارة', 'سنعمل معا.'],
  ],
  "before the writer's participle after a comma, or before one that introduces what follows": [
    ['عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين، لافتا في نفس الوقت إلى أن المتمردين', 'عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين'],
    ['ناجم عن اعتداء انتحاري قام به داعش، في إشارة إلى تسمية سابقة للتنظيم', 'ناجم عن اعتداء انتحاري قام به داعش'],
    ['كان رائعا في فعاليات الصيف هذا العام مضيفه بأن المتعة كانت كبيرة', 'كان رائعا في فعاليات الصيف هذا العام'],
    ['جسم داعش ضبابي مخترق. مشيرا إلى وجود عامل مهم', 'جسم داعش ضبابي مخترق.'],
  ],
  // (a participle with no comma before it and nothing it introduces is the speaker's word)
  'not at words that only look like a lead-in, nor at a sentence the speaker goes on with': [
    ['نحن نعمل، ونأمل أن ننجح. وسنبقى هنا حتى النهاية', 'نحن نعمل، ونأمل أن ننجح. وسنبقى هنا حتى النهاية'],
    ['رأيت رجلا مشيرا بيده نحو البحر', 'رأيت رجلا مشيرا بيده نحو البحر'],
    ['سنبقى في الحرب، إلى ذلك الحين', 'سنبقى في الحرب، إلى ذلك الحين'],
  ],
};

describe('where the words of a quotation the page never closed end', () => {
  for (const [what, cases] of Object.entries(CASES)) {
    it(what, () => {
      for (const [body, kept] of cases) expect(cut(body)).toBe(kept);
    });
  }

  it('so analyse() takes such a quotation with its own words only', () => {
    const text = 'وأكد الأحمدي أن "عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين وحلفائهم، لافتا في نفس الوقت إلى أن المتمردين ما زالوا ينتشرون في الجبال.';
    expect(quotesOf(text)).toEqual(['عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين وحلفائهم']);
  });
});
