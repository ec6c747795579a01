import { describe, expect, it } from 'vitest';
import { isBodyOrProductName } from '@/utils/nlp/quotes-foreign-name';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a company, product or body in marks (quotes-foreign-name)', () => {
  it.each([
    // After a preposition or a noun inside reported speech: a name, not words said.
    ['وأكدت الشركة أنها بلغت مرحلة متقدمة في محادثات اندماج مع «سي.إف إندستريز هولدنجز» الأمريكية.'],
    ['وقال المحلل ستيفن براون من «مورفيك اسيت مانجمنت» في سيدني إن الأسعار سترتفع.'],
    ['وأضاف المسؤول أن البلاد كانت العميل الأول للطائرة «ميراج 2000» في المنطقة.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it('a quotation after a colon stays one, whatever its words', () => {
    expect(quoteTexts('وقال المدير: «يو إس إيه توداي»')).toEqual(['يو إس إيه توداي']);
  });
});

describe('isBodyOrProductName', () => {
  const at = (text: string) => isBodyOrProductName(text, text.indexOf('«') + 1, text.indexOf('»'));
  it.each([
    ['مع «سي.إف إندستريز هولدنجز»', true],
    ['في «يو إس إيه توداي»', true],
    ['قال إن الوضع «صعب جدا»', false],
    // A slogan with country names is not a body's name.
    ['وهتفوا «الموت لأمريكا»', false],
  ])('%s → %s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });
});
