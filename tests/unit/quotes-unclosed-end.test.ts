import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';
import { unclosedEnd } from '@/utils/nlp/quotes-unclosed-end';

const cut = (body: string) => body.slice(0, unclosedEnd(body)).trim();
const quotesOf = (text: string) => analyse(text).quotes.map((q) => q.text);

describe('where the words of a quotation the page never closed end', () => {
  it('before a sentence the writer opens with a speech verb', () => {
    expect(cut('إن البواسل وضعوا حياتهم فداء لشعبها. وأكد رئيس البرلمان العربي أن الجماعات خطر')).toBe('إن البواسل وضعوا حياتهم فداء لشعبها.');
    expect(cut('لن نتراجع عن قرارنا. فقال له الحاضرون إنهم معه')).toBe('لن نتراجع عن قرارنا.');
  });

  it('before a sentence that hands the page back to the writer', () => {
    expect(cut('تقلدت الشركتان المركز الثاني. إلى ذلك، شهد معرض صيني تدفق المبيعات')).toBe('تقلدت الشركتان المركز الثاني.');
    expect(cut('نحن نعول على الشراكة مع الهيئة. رابط الخبر بصحيفة الوئام: الأمير يزور المعرض')).toBe('نحن نعول على الشراكة مع الهيئة.');
    expect(cut('سنعمل معا. من جهته، رحب السفير بالزيارة')).toBe('سنعمل معا.');
  });

  it("before the writer's participle after a comma, or before one that introduces what follows", () => {
    expect(cut('عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين، لافتا في نفس الوقت إلى أن المتمردين')).toBe('عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين');
    expect(cut('ناجم عن اعتداء انتحاري قام به داعش، في إشارة إلى تسمية سابقة للتنظيم')).toBe('ناجم عن اعتداء انتحاري قام به داعش');
    expect(cut('كان رائعا في فعاليات الصيف هذا العام مضيفه بأن المتعة كانت كبيرة')).toBe('كان رائعا في فعاليات الصيف هذا العام');
    expect(cut('جسم داعش ضبابي مخترق. مشيرا إلى وجود عامل مهم')).toBe('جسم داعش ضبابي مخترق.');
  });

  it('not at words that only look like a lead-in, nor at a sentence the speaker goes on with', () => {
    expect(cut('نحن نعمل، ونأمل أن ننجح. وسنبقى هنا حتى النهاية')).toBe('نحن نعمل، ونأمل أن ننجح. وسنبقى هنا حتى النهاية');
    // a participle with no comma before it and nothing it introduces is the speaker's word
    expect(cut('رأيت رجلا مشيرا بيده نحو البحر')).toBe('رأيت رجلا مشيرا بيده نحو البحر');
    expect(cut('سنبقى في الحرب، إلى ذلك الحين')).toBe('سنبقى في الحرب، إلى ذلك الحين');
  });

  it('so analyse() takes such a quotation with its own words only', () => {
    const text = 'وأكد الأحمدي أن "عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين وحلفائهم، لافتا في نفس الوقت إلى أن المتمردين ما زالوا ينتشرون في الجبال.';
    expect(quotesOf(text)).toEqual(['عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين وحلفائهم']);
  });
});
