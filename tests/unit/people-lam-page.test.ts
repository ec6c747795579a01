import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('stripLamByPageName: a ل the page also leaves off the name', () => {
  it('takes the ل of لل off a name the page writes after a lone ل', () => {
    const text = 'قرأت الممثلة نصا يعود للماركيز دو ساد في المسرح. وقدمت من قبل قصصا لماركيز دو ساد أيضا';
    expect(peopleFromSpans(text, ['لماركيز دو ساد', 'ماركيز دو ساد'])).toEqual(['ماركيز دو ساد', 'ماركيز دو ساد']);
  });

  it('takes ل off a name given in full elsewhere on the page', () => {
    const text = 'كتب فهد السالم مقالا، ولفهد السالم رأي آخر في الموضوع';
    expect(peopleFromSpans(text, ['فهد السالم', 'ولفهد السالم'])).toEqual(['فهد السالم', 'فهد السالم']);
  });

  it('keeps a name that opens with ل when the page has no such name without it', () => {
    const text = 'أحرز لوران كوتشيلني الهدف الثاني، وكان لوران قريبا من الثالث';
    expect(peopleFromSpans(text, ['لوران كوتشيلني', 'لوران'])).toEqual(['لوران كوتشيلني', 'لوران']);
  });
});
