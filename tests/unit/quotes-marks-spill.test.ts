import { describe, expect, it } from 'vitest';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';

/** The inner texts of the pairs (marks excluded), with a * after unclosed ones. */
const inner = (text: string) => findMarkPairs(text).map((p) => `${text.slice(p.open + 1, p.close)}${p.closed ? '' : '*'}`);

describe('findMarkPairs: a quotation closed in the next paragraph without reopening (quotes-marks-spill)', () => {
  it.each([
    ['guillemets', 'وقال المدير: «وصلنا إلى الموقع مبكرا.\n ثم بدأنا العمل فورا». وانتهى الحديث.', ['وصلنا إلى الموقع مبكرا.\n ثم بدأنا العمل فورا']],
    ['ASCII, over a blank line', 'وقال المدير "وصلنا إلى الموقع مبكرا،\n\n ثم بدأنا العمل فورا". وانتهى الحديث.', ['وصلنا إلى الموقع مبكرا،\n\n ثم بدأنا العمل فورا']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('leaves the quotation unclosed when the next paragraph reports words of its own', () => {
    const text = 'وقال المدير: «وصلنا إلى الموقع مبكرا.\nوأوضح المدير أن العمل بدأ فورا».';
    expect(inner(text)[0]).toBe('وصلنا إلى الموقع مبكرا.*');
  });
});
