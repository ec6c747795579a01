import { describe, expect, it } from 'vitest';
import { checkQuoteGold } from '../tools/quotes-gold-check';
import { locateQuoteItem, type QuoteGoldDoc, type QuoteGoldItem } from '../tools/quotes-gold-read';

const TEXT = 'وقال الوزير "إن البواسل وضعوا حياتهم فداء لشعبها. وأكد رئيس البعثة أن الزيارة ناجحة\nوأضاف "سنعود قريبا';
const quotation = (quote: string, more: Partial<QuoteGoldItem> = {}): QuoteGoldItem =>
  ({ quote, occurrence: 1, open: '"', close: null, isQuotation: true, speaker: 'الوزير', speakerKind: 'person', ...more });
const doc = (items: QuoteGoldItem[]): QuoteGoldDoc[] => [{ doc: 'snn:1', split: 'dev', items }];

describe('the quotation gold: unclosed quotations', () => {
  it('places one that runs to its paragraph end, as before', () => {
    const span = locateQuoteItem(TEXT, quotation('سنعود قريبا'));
    expect(span && TEXT.slice(span.start, span.end)).toBe('سنعود قريبا');
  });

  it('refuses an unmarked one that stops inside its paragraph', () => {
    expect(locateQuoteItem(TEXT, quotation('إن البواسل وضعوا حياتهم فداء لشعبها.'))).toBeNull();
  });

  it('places one marked endsInParagraph where its words stop', () => {
    const span = locateQuoteItem(TEXT, quotation('إن البواسل وضعوا حياتهم فداء لشعبها.', { endsInParagraph: true }));
    expect(span && TEXT.slice(span.start, span.end)).toBe('إن البواسل وضعوا حياتهم فداء لشعبها.');
  });

  it('refuses endsInParagraph on one that reaches its paragraph end (the plain form says that)', () => {
    expect(locateQuoteItem(TEXT, quotation('سنعود قريبا', { endsInParagraph: true }))).toBeNull();
  });

  it('checks the field: with close null only, and marks after the words must still be annotated', () => {
    const inPara = quotation('إن البواسل وضعوا حياتهم فداء لشعبها.', { endsInParagraph: true });
    const last = quotation('سنعود قريبا');
    expect(checkQuoteGold(doc([inPara, last]), new Map([['snn:1', TEXT]]))).toEqual([]);
    const closed = { ...quotation('سنعود', { endsInParagraph: true }), close: '"' };
    expect(checkQuoteGold(doc([inPara, last, closed]), new Map([['snn:1', TEXT]])).join('\n')).toMatch(/endsInParagraph is true or absent, and only with close: null/);
    const withMark = TEXT.replace('وأكد رئيس البعثة', 'وأكد "رئيس" البعثة');
    expect(checkQuoteGold(doc([inPara, last]), new Map([['snn:1', withMark]])).join('\n')).toMatch(/is not annotated/);
  });
});
