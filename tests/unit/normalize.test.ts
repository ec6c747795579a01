import { describe, expect, it } from 'vitest';
import { foldArabic, foldedOffset, normalizeArabic, toOriginalSpan } from '@/utils/nlp/normalize';

describe('normalizeArabic', () => {
  it.each([
    ['tashkeel', 'وَأَكَّدَ الرَّئِيسُ', 'واكد الرئيس'],
    ['tanween and sukun', 'شُكْرًا', 'شكرا'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'الـــرئيس', 'الرئيس'],
    ['hamza forms on alef', 'أإآٱ', 'اااا'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Persian digits', '۱۴۰۳', '1403'],
    ['presentation forms (NFKC)', 'ﺍﻟﻘﺎﻫﺮﺓ', 'القاهرة'],
    ['lam-alef ligature expands', 'ﻻ', 'لا'],
    ['zero-width and direction marks', 'مصر\u200c\u200d\u200e\u200f\u061c\u2060!', 'مصر!'],
    ['Latin text untouched', 'Erdogan 2024', 'Erdogan 2024'],
    // Negative rows: what must NOT change.
    ['taa marbuta stays', 'القاهرة', 'القاهرة'],
    ['hamza on waw and yaa stays', 'مسؤول رئيس', 'مسؤول رئيس'],
    ['final yaa stays', 'علي', 'علي'],
    ['Latin diacritics untouched', 'café', 'café'],
    ['ornate parentheses stay (their NFKC form is themselves)', '﴿ادخلوا مصر﴾', '﴿ادخلوا مصر﴾'],
  ])('%s', (_step, input, expected) => {
    expect(normalizeArabic(input).text).toBe(expected);
    expect(foldArabic(input)).toBe(expected);
  });

  it('folds exactly as normalizeArabic does, a word that folds to itself included (the same string back)', () => {
    // Letters that fold, marks and controls that drop, and letters that stay, mixed at random.
    const pool = ['ا', 'أ', 'إ', 'آ', 'ى', 'ي', 'ة', 'ل', 'م', 'ن', '\u064e', '\u0651', '\u0640', '\u200c', '\u00ad', 'ﻻ', 'ﺍ', '٣', '۴', 'a', ' ', '«'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let k = Math.floor(next() * 8); k >= 0; k--) s += pool[Math.floor(next() * pool.length)];
      expect(foldArabic(s)).toBe(normalizeArabic(s).text);
    }
    const plain = 'الرئيس';
    expect(foldArabic(plain)).toBe(plain);
    expect(foldArabic('وَقال')).toBe('وقال');
  });

  it('folds every character of the Arabic block, alone and inside a word, as normalizeArabic does', () => {
    for (let c = 0x0600; c <= 0x06ff; c++) {
      const ch = String.fromCharCode(c);
      expect(foldArabic(ch)).toBe(normalizeArabic(ch).text);
      expect(foldArabic(`قال${ch}ت`)).toBe(normalizeArabic(`قال${ch}ت`).text);
    }
  });

  it('maps every normalised span back to the original surface', () => {
    const original = 'وَقَالَ الرَّئِيسُ رَجَبُ طَيِّبُ أَرْدُوغَانَ';
    const n = normalizeArabic(original);
    const at = n.text.indexOf('اردوغان');
    const [s, e] = toOriginalSpan(n, at, at + 'اردوغان'.length);
    expect(original.slice(s, e)).toBe('أَرْدُوغَانَ');
  });

  it('maps a span through a ligature and through dropped controls', () => {
    const original = '\u200fﻻ\u200e تقل';
    const n = normalizeArabic(original);
    expect(n.text).toBe('لا تقل');
    expect(original.slice(...toOriginalSpan(n, 0, 2))).toBe('ﻻ');
    expect(original.slice(...toOriginalSpan(n, 3, 6))).toBe('تقل');
  });

  it('keeps a one-to-one map for plain text', () => {
    const original = 'قال الرئيس';
    const n = normalizeArabic(original);
    expect(Array.from(n.starts)).toEqual([...original].map((_, i) => i));
  });

  it('rejects an empty or out-of-range span', () => {
    const n = normalizeArabic('مصر');
    expect(() => toOriginalSpan(n, 2, 2)).toThrow(RangeError);
    expect(() => toOriginalSpan(n, 0, 4)).toThrow(RangeError);
  });
});

describe('foldedOffset', () => {
  it('maps a folded clitic length to the original, its vowel marks included', () => {
    expect(foldedOffset('لِمُعاذ', 1)).toBe(2);
    expect(foldedOffset('لمعاذ', 1)).toBe(1);
    expect(foldedOffset('وَلِلْأمير', 3)).toBe(6);
  });
  it('gives 0 for no prefix and the word length past its end', () => {
    expect(foldedOffset('لِمُعاذ', 0)).toBe(0);
    expect(foldedOffset('لِمُعاذ', 9)).toBe(7);
  });
});
