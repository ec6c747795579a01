import { describe, expect, it } from 'vitest';
import { linkedFromSpans } from './person-mentions';

describe('a name inside a hashtag', () => {
  it('the pieces that spell a name of the page are one mention', () => {
    const text = 'كرمت الجامعة الدكتورة سلمى الهاجري أمس، وأطلق طلابها وسم #شكرا_سلمى_الهاجري تقديرا لها.';
    expect(linkedFromSpans(text, ['سلمى الهاجري', 'الهاجري'])).toEqual(['سلمى الهاجري → سلمى الهاجري', 'سلمى_الهاجري → سلمى الهاجري']);
  });
  it('a proclitic on the first piece stays out', () => {
    const text = 'فاز المهندس فارس العتيبي بالجائزة، وانتشر وسم #مبروك_لفارس_العتيبي بين المغردين.';
    expect(linkedFromSpans(text, ['فارس العتيبي', 'فارس'])).toEqual(['فارس العتيبي → فارس العتيبي', 'فارس_العتيبي → فارس العتيبي']);
  });
  it('a proclitic written with its vowel mark stays out whole', () => {
    const text = 'فاز المهندس فارس العتيبي بالجائزة، وانتشر وسم #مبروك_لِفارس_العتيبي بين المغردين.';
    expect(linkedFromSpans(text, ['فارس العتيبي', 'فارس'])).toEqual(['فارس العتيبي → فارس العتيبي', 'فارس_العتيبي → فارس العتيبي']);
  });
  it('a hashtag spelling no name of the page is left as it is', () => {
    const text = 'قال الدكتور فارس العتيبي إن الوسم #فارس_الليل لا يخصه.';
    expect(linkedFromSpans(text, ['فارس العتيبي', 'فارس'])).toEqual(['فارس العتيبي → فارس العتيبي', 'فارس → فارس العتيبي']);
  });
});
