import type { HighlightType } from '@/utils/highlight/palette';
import { caretAt, findRangeAt } from '@/utils/highlight/hit-test';
import type { Painter } from '@/utils/highlight/painter';

/** A click or hover that landed on a highlight. */
export interface Hit {
  type: HighlightType;
  /** Index of the mention (entity types) or quotation (quote). */
  item: number;
  range: Range;
}

// Entities sit inside quotations: the more specific highlight wins.
const ORDER: HighlightType[] = ['person', 'country', 'demonym', 'quote'];

/** The visible highlight under a point, if any. */
export function hitAt(doc: Document, painter: Painter, x: number, y: number): Hit | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const type of ORDER) {
    if (!painter.isVisible(type)) continue;
    const found = findRangeAt(painter.rangesOf(type), caret, x, y);
    if (found) return { type, item: found.item, range: found.range };
  }
  return null;
}

/**
 * One delegated click handler for all highlights (links keep working: a click inside a link
 * is left to the link) and a hover check, throttled to one per frame, for the pointer cursor.
 */
export function createClickHandler(doc: Document, painter: Painter, onHit: (hit: Hit) => void) {
  let pending = false;
  let lastPoint = { x: 0, y: 0 };
  let pointer = false;
  return {
    onClick(event: MouseEvent) {
      if (event.button !== 0 || event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const target = event.target as Element | null;
      if (target?.closest?.('a[href], button, input, textarea, select, [contenteditable=""], [contenteditable="true"], hamish-card')) return;
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return; // the reader is selecting text
      const hit = hitAt(doc, painter, event.clientX, event.clientY);
      if (hit) onHit(hit);
    },
    onMove(event: MouseEvent) {
      lastPoint = { x: event.clientX, y: event.clientY };
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const over = hitAt(doc, painter, lastPoint.x, lastPoint.y) !== null;
        if (over !== pointer) {
          pointer = over;
          painter.setPointer(over);
        }
      });
    },
  };
}
