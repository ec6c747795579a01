import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('trimGluedWordBeforeName: a common noun glued before a name the page gave alone', () => {
  it('trims a noun with a possessive pronoun before a name given alone earlier', () => {
    const text = 'قال زرنيخوف إن الخطة جاهزة. ووقف معه أبرز مناصري زرنيخوف في المجلس';
    expect(peopleFromSpans(text, ['زرنيخوف', 'مناصري زرنيخوف'])).toEqual(['زرنيخوف', 'زرنيخوف']);
  });

  it('keeps an unlisted given name without such an ending', () => {
    const text = 'قال زرنيخوف إن الخطة جاهزة. وأضاف بوردان زرنيخوف أمس';
    expect(peopleFromSpans(text, ['زرنيخوف', 'بوردان زرنيخوف'])).toEqual(['زرنيخوف', 'بوردان زرنيخوف']);
  });

  it('trims a plural in ات before a name wherever the name stands alone, even first on the page', () => {
    expect(peopleFromSpans('ونشرت الصحيفة تسريبات زرنيخوف عن الوكالة', ['تسريبات زرنيخوف'])).toEqual(['زرنيخوف']);
  });

  it('keeps a given name in ات after a verb of speech, which announces a full name', () => {
    expect(peopleFromSpans('وقال سوجات بخاري، أحد كبار المحررين، إن الوضع خطير', ['سوجات بخاري'])).toEqual(['سوجات بخاري']);
  });
});
