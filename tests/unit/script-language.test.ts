import { describe, expect, it } from 'vitest';
import { countScriptLetters, judgeScript } from '@/utils/nlp/script-language';
import { rng } from '../tools/rng';

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

describe('countScriptLetters', () => {
  /** The counts by definition, one character at a time. */
  function byCharacter(text: string) {
    const persianEtc = 'پچژگکیٹڈڑںےہځګړښېۍټډڼږڅۀۃۓڕڵێۆۇۈۋ';
    const arabic = (c: number) =>
      (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06fc) ||
      (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9) || (c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe70 && c <= 0xfefc);
    const counts = { arabicScript: 0, nonArabicScript: 0, otherLetters: 0 };
    for (const ch of text.split('')) {
      const c = ch.charCodeAt(0);
      if (arabic(c)) {
        counts.arabicScript++;
        if (persianEtc.includes(ch)) counts.nonArabicScript++;
      } else if (/[A-Za-z]/.test(ch) || (c >= 0xc0 && /\p{L}/u.test(ch))) counts.otherLetters++;
    }
    return counts;
  }

  it.each([
    ['Arabic with diacritics, tatweel, digits and marks', 'قالَ الرئيسُ ـــ ١٢٣ «نعم» ﻻ ﷲ'],
    ['Persian, Urdu and Pashto letters', 'پژمان گفت که ٹیم ښځې ګډه ړومبی ې'],
    ['Latin, accented, Cyrillic, Greek, CJK', 'Élysée Ça va — Москва Αθήνα 東京 ß'],
    ['letters below U+00C0 and outside the Basic Multilingual Plane are not counted', 'ª µ º 𝐀𝐁 😀 \ud800'],
    ['ASCII punctuation between letters', '[A]_`z`{x}@Z^'],
  ])('%s', (_label, text) => {
    expect(countScriptLetters(text)).toEqual(byCharacter(text));
  });

  it('agrees with the definition on 500 random texts drawn from every range the patterns split', () => {
    // ASCII, Latin-1 signs and letters, Latin Extended, Greek, Cyrillic, Hebrew, Arabic (letters, marks,
    // digits, punctuation, Persian letters), Supplement, Extended-A, general punctuation, CJK,
    // presentation forms, surrogates (paired and lone).
    const pool = [
      ...'aZ _-.,;:09[]`{}', '\u00aa', '\u00b5', '\u00ba', '\u00a0', '\u00bf', 'À', 'ß', 'ÿ', 'Ł', 'Ω', 'Ж', 'א', '\u060c', '\u061f',
      'ء', 'ا', 'ي', 'ـ', '\u064b', '\u0670', '٣', 'پ', 'ک', 'ی', 'ھ', 'ۀ', '\u06d4', '\u06d5', '\u06f4', 'ݐ', 'ࢠ', '\u2014', '\u201c',
      '\u2066', '\u2071', '東', 'ﻻ', '\ufd3e', 'ﷲ', '\ufe70', '\ufeff', '𝐀', '😀', '\ud800', '\udc00',
    ];
    const rand = rng(31);
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = Math.floor(rand() * 40);
      for (let i = 0; i < length; i++) text += pool[Math.floor(rand() * pool.length)];
      expect(countScriptLetters(text), JSON.stringify(text)).toEqual(byCharacter(text));
    }
  });

  it('adds to the counts it is given', () => {
    const counts = countScriptLetters('قال');
    expect(countScriptLetters('said پ', counts)).toBe(counts);
    expect(counts).toEqual({ arabicScript: 4, nonArabicScript: 1, otherLetters: 4 });
  });
});
