import { describe, expect, it } from 'vitest';
import { procliticSplits, tokenize } from '@/utils/nlp/tokenize';

describe('tokenize', () => {
  it('splits words, numbers and punctuation with original offsets', () => {
    const text = 'وقال أردوغان، خلال مؤتمر: "نعم" في 2024.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['وقال', 'أردوغان', '،', 'خلال', 'مؤتمر', ':', '"', 'نعم', '"', 'في', '2024', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps tashkeel and tatweel inside the word', () => {
    expect(tokenize('قَالَ الـرئيسُ').map((t) => t.text)).toEqual(['قَالَ', 'الـرئيسُ']);
  });

  it('keeps decimals and dates as one number, and "..." as one mark', () => {
    expect(tokenize('ارتفع 3.5% في 12/7...').map((t) => t.text)).toEqual(['ارتفع', '3.5', '%', 'في', '12/7', '...']);
  });

  it('treats the ornate parentheses around a verse as punctuation', () => {
    expect(tokenize('قال تعالى ﴿ادخلوا مصر﴾').map((t) => t.text)).toEqual(['قال', 'تعالى', '﴿', 'ادخلوا', 'مصر', '﴾']);
  });

  it('treats direction marks and zero-width spaces as space beside a space, a mark or a Latin letter', () => {
    expect(tokenize('مصر\u200f تونس\u200e، \u200bليبيا').map((t) => t.text)).toEqual(['مصر', 'تونس', '،', 'ليبيا']);
    expect(tokenize('Paris\u200eباريس').map((t) => t.text)).toEqual(['Paris', 'باريس']);
  });

  it('keeps an invisible format mark between two Arabic letters inside the word, as the reader sees one word', () => {
    for (const mark of ['\u200e', '\u200f', '\u200b', '\u061c', '\u2060', '\ufeff', '\u202b', '\u2067', '\u00ad']) {
      const text = `زار سري${mark}لانكا وال${mark}${mark}سعودية`;
      const tokens = tokenize(text);
      expect(tokens.map((t) => t.text), JSON.stringify(mark)).toEqual(['زار', `سري${mark}لانكا`, `وال${mark}${mark}سعودية`]);
    }
    // Beside a mark (tashkeel) or a tatweel too.
    expect(tokenize('إِ\u200eلون مصـ\u200bـر').map((t) => t.text)).toEqual(['إِ\u200eلون', 'مصـ\u200bـر']);
  });

  it('reads word characters below and past its table alike (Latin, Arabic supplements, presentation forms, ZWNJ)', () => {
    expect(tokenize('Àé×b ڤيديو ﻻعب می\u200cخواهم ݐݑ').map((t) => t.text)).toEqual(['Àé', '×', 'b', 'ڤيديو', 'ﻻعب', 'می\u200cخواهم', 'ݐݑ']);
  });
});

describe('procliticSplits', () => {
  const stems = (w: string) => procliticSplits(w).map((s) => s.stem);
  it.each([
    ['وروسيا', 'روسيا'],
    ['لروسيا', 'روسيا'],
    ['بالرئيس', 'رئيس'],
    ['بالرئيس', 'الرئيس'],
    ['وبكين', 'بكين'],
    ['للولايات', 'الولايات'],
    ['فالرئيس', 'الرئيس'],
    ['كالسيف', 'السيف'],
  ])('%s has the reading %s', (word, stem) => {
    expect(stems(word)).toContain(stem);
  });

  it('offers the whole word first', () => {
    for (const w of ['ووهان', 'واشنطن', 'بيروت', 'لبنان', 'ليبيا']) expect(stems(w)[0]).toBe(w);
  });

  it('does not invent clitics the word does not start with', () => {
    expect(stems('مصر')).toEqual(['مصر']);
    expect(stems('روسيا')).toEqual(['روسيا']);
  });

  it('never leaves a stem of one letter', () => {
    expect(stems('وب').every((s) => s.length >= 2)).toBe(true);
  });

  it('gives every reading in order, with its prefix and whether it took the article', () => {
    const readings = (w: string) => procliticSplits(w).map((s) => `${s.prefix}|${s.stem}|${s.article ? 'ال' : ''}`);
    expect(readings('وبالرئيس')).toEqual(['|وبالرئيس|', 'و|بالرئيس|', 'وب|الرئيس|', 'وبال|رئيس|ال']);
    // لل: ل + the article, read both as ل + الولايات and as the article taken.
    expect(readings('وللولايات')).toEqual(['|وللولايات|', 'و|للولايات|', 'ول|لولايات|', 'ول|الولايات|', 'ولل|ولايات|ال']);
    expect(readings('فلل')).toEqual(['|فلل|', 'ف|لل|']);
  });

  it('folds before splitting', () => {
    expect(stems('وَأَمْرِيكَا')).toContain('امريكا');
  });
});
