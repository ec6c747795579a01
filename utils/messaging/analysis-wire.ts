/**
 * An analysis as it travels from the background to the page: every span without its `text`,
 * which is `pageText.slice(start, end)` by contract (utils/nlp/types.ts) and which the page
 * already has. On a 100,000-word page this halves the reply (900 KB of JSON) and the time the
 * page's main thread spends taking it in.
 */
import type { Analysis, EntityMention, Quotation } from '../nlp/types';

/** An analysis without the spans' texts. */
export interface WireAnalysis {
  entities: Array<Omit<EntityMention, 'text'>>;
  quotes: Array<Omit<Quotation, 'text'>>;
}

/**
 * Drops the spans' texts.
 * @example toWire(analyse('زار الوزير مصر')).entities[0] → { type: 'country', start: 11, end: 14, entity: 'EG', … }
 */
export function toWire(analysis: Analysis): WireAnalysis {
  return {
    entities: analysis.entities.map(({ text: _text, ...rest }) => rest),
    quotes: analysis.quotes.map(({ text: _text, ...rest }) => rest),
  };
}

/**
 * Puts the texts back from the analysed `text`; a span outside it (a reply for another text)
 * is an error, not a silently wrong highlight.
 */
export function fromWire(wire: WireAnalysis, text: string): Analysis {
  const slice = (s: { start: number; end: number }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      throw new Error(`analysis span ${s.start}–${s.end} is outside the analysed text (${text.length} characters)`);
    }
    return text.slice(s.start, s.end);
  };
  return {
    entities: wire.entities.map((e) => ({ ...e, text: slice(e) })),
    quotes: wire.quotes.map((q) => ({ ...q, text: slice(q) })),
  };
}
