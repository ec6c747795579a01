/**
 * The text map: the plain text of a page region, in reading order, with every character traced
 * back to the DOM text node it came from. `analyse()` works on `map.text`; its spans come back to
 * the page through `rangesForSpan`. Read-only: the DOM is never changed.
 */
import { isBlockElement, isSkippedElement } from './dom-text';
import { partitionPoint } from '../sorted';

/**
 * One DOM text node and where its data sits in `TextMap.text` (`end - start === node.data.length`,
 * except for the last node of a map cut at its size limit, which keeps only its beginning).
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /**
   * Segments with the same run follow each other in the document with no left-out text between
   * them, so one DOM Range can cover them.
   */
  run: number;
}

/** A region's text and the text nodes it came from. */
export interface TextMap {
  /** The region's text; "\n" is inserted between block elements and belongs to no segment. */
  text: string;
  segments: TextSegment[];
}

/** What to read: one element, several (in document order), or blocks with subtrees left out. */
export type TextRegion = Element | readonly Element[] | { blocks: readonly Element[]; exclude?: readonly Element[] };

/** The separator put between block elements so that paragraphs never run together. */
export const BLOCK_SEPARATOR = '\n';

function rootsOf(region: TextRegion): { roots: Element[]; exclude: Set<Element> } {
  let blocks: readonly Element[];
  let exclude: readonly Element[] = [];
  if (Array.isArray(region)) blocks = region;
  else if ('blocks' in region) ({ blocks, exclude = [] } = region);
  else blocks = [region as Element];
  // A block inside an earlier one would be read twice.
  const roots = blocks.filter((b, i) => !blocks.some((o, j) => j !== i && o !== b && o.contains(b)));
  return { roots: [...new Set(roots)], exclude: new Set(exclude) };
}

/**
 * Builds a text map step by step, so that a very long page can be read in slices between
 * frames: `advance(budget)` visits at most `budget` nodes and says whether the walk is done.
 * With `maxChars`, reading stops once the text has that many characters.
 */
export class TextMapBuilder {
  private readonly roots: Element[];
  private readonly exclude: Set<Element>;
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private run = 0;
  private pendingBreak = false;
  private rootIndex = 0;
  private node: Node | null;

  constructor(region: TextRegion, private readonly maxChars = Number.POSITIVE_INFINITY) {
    ({ roots: this.roots, exclude: this.exclude } = rootsOf(region));
    this.node = this.roots[0] ?? null;
  }

  /** Visits up to `budget` nodes; returns true when the whole region has been read. */
  advance(budget = Number.POSITIVE_INFINITY): boolean {
    let left = budget;
    while (this.node && left-- > 0) {
      const node = this.node;
      if (node.nodeType === 3) {
        this.append(node as Text);
        this.node = this.length >= this.maxChars ? null : this.next(node);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const root = this.roots[this.rootIndex] as Element;
        if (el !== root && (this.exclude.has(el) || isSkippedElement(el))) {
          if (el.firstChild) this.run++;
          if (isBlockElement(el)) this.pendingBreak = true;
          this.node = this.next(el);
        } else {
          if (isBlockElement(el)) this.pendingBreak = true;
          this.node = el.firstChild ?? this.next(el);
        }
      } else {
        this.node = this.next(node);
      }
    }
    return this.node === null;
  }

  /** The map so far (the whole map once `advance` has returned true). */
  result(): TextMap {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private append(node: Text): void {
    let data = node.data;
    if (data.length === 0) return;
    if (this.pendingBreak && this.length > 0) {
      this.parts.push(BLOCK_SEPARATOR);
      this.length += BLOCK_SEPARATOR.length;
    }
    this.pendingBreak = false;
    const room = this.maxChars - this.length;
    if (data.length > room) data = data.slice(0, room);
    this.parts.push(data);
    this.segments.push({ node, start: this.length, end: this.length + data.length, run: this.run });
    this.length += data.length;
  }

  /** The node after `node`'s subtree, climbing out of finished elements; then the next root. */
  private next(node: Node): Node | null {
    const root = this.roots[this.rootIndex] as Element;
    for (let n: Node = node; n !== root; ) {
      if (n.nextSibling) return n.nextSibling;
      const parent = n.parentNode;
      if (!parent || parent === root) break;
      if (parent.nodeType === 1 && isBlockElement(parent as Element)) this.pendingBreak = true;
      n = parent;
    }
    this.rootIndex++;
    this.pendingBreak = true;
    this.run++;
    return this.roots[this.rootIndex] ?? null;
  }
}

/**
 * Reads the text of `region` in reading order, with "\n" between block elements and nothing
 * added inside inline ones. Linear in the region's size.
 * @example buildTextMap(<p>قال <b>الرئيس</b></p><p>إن</p>).text → 'قال الرئيس\nإن'
 */
export function buildTextMap(region: TextRegion): TextMap {
  const builder = new TextMapBuilder(region);
  builder.advance();
  return builder.result();
}

/** Index of the first segment that ends after `offset` (binary search). */
export function segmentIndexAt(map: TextMap, offset: number): number {
  return partitionPoint(map.segments.length, (i) => (map.segments[i] as TextSegment).end <= offset);
}

/**
 * DOM Ranges covering exactly `map.text.slice(start, end)` without the inserted separators: one
 * Range per stretch of adjacent text nodes (several when the span crosses left-out text).
 * @example rangesForSpan(map, 4, 10)[0].toString() → 'الرئيس'
 */
export function rangesForSpan(map: TextMap, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  if (end <= start) return ranges;
  let current: { range: Range; run: number } | null = null;
  for (let i = segmentIndexAt(map, start); i < map.segments.length; i++) {
    const seg = map.segments[i] as TextSegment;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, seg.end) - seg.start;
    if (current && current.run === seg.run) {
      current.range.setEnd(seg.node, to);
      continue;
    }
    const range = (seg.node.ownerDocument as Document).createRange();
    range.setStart(seg.node, from);
    range.setEnd(seg.node, to);
    ranges.push(range);
    current = { range, run: seg.run };
  }
  return ranges;
}
