/**
 * Which painted highlight is under a point. Highlights are not elements, so a click is mapped
 * to a caret position (caretPositionFromPoint, or caretRangeFromPoint in older engines) and
 * searched for among the painted ranges, which are kept in document order.
 */
import type { PaintedRange } from './painter';

/** The text position under a viewport point, or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * The painted range under (x, y) among `ranges` (document order, not overlapping), found by
 * binary search on the caret position and confirmed against the range's boxes.
 */
export function findRangeAt(ranges: readonly PaintedRange[], caret: { node: Node; offset: number }, x: number, y: number): PaintedRange | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = ranges[mid] as PaintedRange;
    let cmp: number;
    try {
      cmp = candidate.range.comparePoint(caret.node, caret.offset);
    } catch {
      return null; // the caret is in another document or a detached node
    }
    if (cmp === 0) return rectsContain(candidate.range, x, y) ? candidate : null;
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return null;
}
