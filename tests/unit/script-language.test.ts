import { describe, expect, it } from 'vitest';
import { countScriptLetters, judgeScript } from '@/utils/nlp/script-language';

const repeat = (s: string, n: number) => Array.from({ length: n }, () => s).join(' ');

describe('judgeScript', () => {
  it.each([
    ['Arabic news prose', repeat('قال الرئيس إن المفاوضات مع الولايات المتحدة ستستأنف الأسبوع المقبل', 5), 'arabic'],
    ['Persian prose (ی ک گ پ)', repeat('تحلیل روزنامه اصولگرا از دعوت اصلاح طلبان به حضور مردم در انتخابات', 5), 'other-arabic-script'],
    ['Urdu prose (ے ں ہ ٹ)', repeat('راوی کی کہانی ایک پرانے شہر کی یادیں ہیں جو ہمیں بتاتی ہیں', 5), 'other-arabic-script'],
    ['Pashto (ځ ګ ړ ښ)', repeat('د افغانستان خبرونه او ښځې په ګډه ځي او ړومبی', 5), 'other-arabic-script'],
    ['English prose', repeat('The president said the negotiations would resume next week', 5), 'other'],
    ['English page with an Arabic phrase', `${repeat('The president said the talks would resume', 10)} مرحبا بكم`, 'other'],
    ['too little text', 'مرحبا', 'too-little-text'],
  ])('%s → %s', (_label, text, verdict) => {
    expect(judgeScript(countScriptLetters(text))).toBe(verdict);
  });

  it('counts Arabic letters and ignores digits and punctuation', () => {
    expect(countScriptLetters('قال: ١٢٣ "نعم"')).toEqual({ arabicScript: 6, nonArabicScript: 0, otherLetters: 0 });
  });

  it('one Persian name quoted in Arabic prose does not turn the page Persian', () => {
    const text = `${repeat('قال الرئيس إن المفاوضات مع الولايات المتحدة ستستأنف الأسبوع المقبل', 20)} پژمان`;
    expect(judgeScript(countScriptLetters(text))).toBe('arabic');
  });
});
