import { describe, expect, it } from 'vitest';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { detectQuotes } from '@/utils/nlp/quotes';

const spans = (text: string) => findMarkPairs(text).map((p) => [text.slice(p.open + 1, p.close), p.closed]);

describe('findMarkPairs: ″ typed for ” after a figure', () => {
  it.each([
    ['أطلقت الشركة نظام “ويندوز 10″، وبدأت الاستعدادات لطرحه.', [['ويندوز 10', true]]],
    ['ويأتي الهاتف “غالاكسي 5″ الجديد بشاشة أكبر.', [['غالاكسي 5', true]]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    // Inches: no curly quotation is open, nothing pairs.
    ['ويأتي الجهاز بشاشة 5.5″ وذاكرة أكبر.', []],
    // A prime after a space closes nothing.
    ['وقال “نحن جاهزون ″ ثم غادر.', [['نحن جاهزون ″ ثم غادر.', false]]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('a product name closed with ″ no longer swallows the sentence as a quotation', () => {
    expect(detectQuotes('وأعلنت الشركة انتهاء تطوير النظام المرتقب “ويندوز 10″، وبدء الاستعدادات لطرحه في الأسواق بنهاية الشهر الجاري.')).toEqual([]);
  });
});
