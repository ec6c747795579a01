import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('extendToPageFullName: a mention takes the words that make a full name of the page', () => {
  it('takes an unlisted given name left out before the surname', () => {
    const text = 'قال زيلان كوتاري إن الخطة جاهزة. ثم ولد زيلان كوتاري في قرية صغيرة';
    expect(peopleFromSpans(text, ['زيلان كوتاري', 'كوتاري'])).toEqual(['زيلان كوتاري', 'زيلان كوتاري']);
  });

  it('joins a full name found as two mentions side by side', () => {
    const text = 'قال زيلان كوتاري إن الخطة جاهزة. وعاد زيلان كوتاري إلى بيته';
    expect(peopleFromSpans(text, ['زيلان كوتاري', 'زيلان', 'كوتاري'])).toEqual(['زيلان كوتاري', 'زيلان كوتاري']);
  });

  it('leaves out a form of address', () => {
    const text = 'قالت مدام زيلان إن الخطة جاهزة. وعادت مدام زيلان إلى بيتها';
    expect(peopleFromSpans(text, ['مدام زيلان', 'زيلان'])).toEqual(['مدام زيلان', 'زيلان']);
  });
});
