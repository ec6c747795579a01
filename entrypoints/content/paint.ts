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

/** Turns spans into DOM ranges and paints them, one highlight per type. */
export function paintAnalysis(painter: Painter, map: TextMap, analysis: Analysis, types: HighlightTypes): PaintedItems {
  const byType = new Map<HighlightType, PaintedRange[]>([['person', []], ['country', []], ['demonym', []], ['quote', []]]);
  const mentions = analysis.entities.map((m, item) => {
    const type = typeOfMention(m);
    const ranges = type ? rangesForSpan(map, m.start, m.end) : [];
    if (type) for (const range of ranges) byType.get(type)?.push({ range, item });
    return ranges;
  });
  const quotes = analysis.quotes.map((q, item) => {
    const ranges = rangesForSpan(map, q.start, q.end);
    for (const range of ranges) byType.get('quote')?.push({ range, item });
    return ranges;
  });
  for (const [type, list] of byType) {
    // Mentions come in text order per type already; a stable sort keeps hit-testing's binary search valid.
    list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    painter.setVisible(type, types[type]);
    painter.paint(type, list);
  }
  return { mentions, quotes };
}
