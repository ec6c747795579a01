import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a surname in quotation marks after a speech verb', () => {
  it('keeps the quoted surname after a verb with a conjunction (quotedTitle)', () => {
    const text = 'قال المهندس عادل المنصور إن المشروع اكتمل. وأضاف "المنصور" أن العمل مستمر';
    expect(peopleFromSpans(text, ['عادل المنصور', 'المنصور'])).toEqual(['عادل المنصور', 'المنصور']);
  });

  it('still reads a quoted name after a plain noun as the title of a work', () => {
    const text = 'قال المهندس عادل المنصور إن برنامج "المنصور" اكتمل';
    expect(peopleFromSpans(text, ['عادل المنصور', 'المنصور'])).toEqual(['عادل المنصور']);
  });

  it('spreads a nisba surname through the quotation mark after a speech verb', () => {
    const text = 'قال الدكتور سامي العمري إن السوق يتعافى. وأردف "العمري": الأسعار ستنخفض';
    expect(peopleFromSpans(text, ['سامي العمري'])).toEqual(['سامي العمري', 'العمري']);
  });
});
