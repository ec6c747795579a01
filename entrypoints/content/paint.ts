import type { HighlightTypes } from '@/utils/messaging/tab-protocol';
import type { Analysis } from '@/utils/nlp/types';
import { rangesForSpan, type TextMap } from '@/utils/page/text-map';
import type { HighlightType } from '@/utils/highlight/palette';
import type { PaintedRange, Painter } from '@/utils/highlight/painter';

/** The painted ranges of an analysis, by item: `mentions[i]` for `analysis.entities[i]`. */
export interface PaintedItems {
  mentions: Range[][];
  quotes: Range[][];
}

/** The highlight type of an entity mention. */
export function typeOfMention(m: Analysis['entities'][number]): HighlightType | null {
  if (m.type === 'person') return 'person';
  if (m.type === 'country') return m.demonym ? 'demonym' : 'country';
  return null;
}

/** Mentions (and quotations) turned into ranges per step. */
export const PAINT_BATCH = 400;

/**
 * Turns spans into DOM ranges and paints them, one highlight per type; yields between batches
 * of ranges (a long page has tens of thousands of mentions).
 */
export function* paintAnalysis(painter: Painter, map: TextMap, analysis: Analysis, types: HighlightTypes): Generator<void, PaintedItems> {
  const byType = new Map<HighlightType, PaintedRange[]>([['person', []], ['country', []], ['demonym', []], ['quote', []]]);
  const mentions: Range[][] = [];
  for (const [item, m] of analysis.entities.entries()) {
    const type = typeOfMention(m);
    const ranges = type ? rangesForSpan(map, m.start, m.end) : [];
    if (type) for (const range of ranges) byType.get(type)?.push({ range, item });
    mentions.push(ranges);
    if (item % PAINT_BATCH === PAINT_BATCH - 1) yield;
  }
  const quotes: Range[][] = [];
  for (const [item, q] of analysis.quotes.entries()) {
    const ranges = rangesForSpan(map, q.start, q.end);
    for (const range of ranges) byType.get('quote')?.push({ range, item });
    quotes.push(ranges);
    if (item % PAINT_BATCH === PAINT_BATCH - 1) yield;
  }
  yield;
  // Spans come in text order, and the text map follows document order, so ranges already are
  // in document order (hit-testing's binary search relies on it).
  for (const type of byType.keys()) painter.setVisible(type, types[type]);
  painter.paintAll(byType);
  return { mentions, quotes };
}
