/**
 * One read-only pass over a page that measures what the main-content finder and the news
 * detector need: characters and link characters per element, and the page's paragraphs with
 * their punctuation. Arabic punctuation counts like Latin (، ؛ ؟).
 */
import { isBlockElement, isSkippedElement, tagOf, visibleLength } from './dom-text';

/** Characters under one element (white space not counted). */
export interface ElementStats {
  chars: number;
  /** Characters inside links. */
  linkChars: number;
}

/** A run of text under one block element, cut at <br> and at nested blocks. */
export interface Paragraph {
  /** The nearest block element holding the text. */
  holder: Element;
  chars: number;
  linkChars: number;
  /** Commas and semicolons, Arabic and Latin: a sign of running prose. */
  commas: number;
  /** Sentence ends (. ! ? ؟ …). */
  stops: number;
  /** Arabic-script letters. */
  arabic: number;
}

/** What one pass over the page measured. */
export interface PageMeasure {
  root: Element;
  stats: Map<Element, ElementStats>;
  paragraphs: Paragraph[];
}

const EMPTY: ElementStats = { chars: 0, linkChars: 0 };

/** Stats of `el` (zeros for skipped or unmeasured elements). */
export function statsOf(measure: PageMeasure, el: Element): ElementStats {
  return measure.stats.get(el) ?? EMPTY;
}

/** Share of an element's characters that sit inside links (0 when it has no text). */
export function linkDensity(s: ElementStats): number {
  return s.chars > 0 ? s.linkChars / s.chars : 0;
}

/** A paragraph that reads as prose: long enough, few links, ended like a sentence. */
export function isProseParagraph(p: Paragraph): boolean {
  return p.chars >= 80 && p.linkChars <= p.chars * 0.3 && p.stops + p.commas > 0;
}

function countPunctuation(text: string, p: Paragraph): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b) p.commas++;
    else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026) p.stops++;
    else if (c >= 0x0621 && c <= 0x064a) p.arabic++;
  }
}

/**
 * Measures the page under `root` (the body by default) in one depth-first pass.
 * @example measurePage(doc).paragraphs[0] → { holder: <p>, chars: 120, commas: 3, … }
 */
export function measurePage(doc: Document, root: Element | null = doc.body ?? doc.documentElement): PageMeasure {
  const stats = new Map<Element, ElementStats>();
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  const flush = () => {
    if (current && current.chars > 0) paragraphs.push(current);
    current = null;
  };
  const visit = (el: Element, block: Element, inLink: boolean): ElementStats => {
    const own: ElementStats = { chars: 0, linkChars: 0 };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const n = visibleLength(data);
        if (n === 0) continue;
        if (current?.holder !== block) {
          flush();
          current = { holder: block, chars: 0, linkChars: 0, commas: 0, stops: 0, arabic: 0 };
        }
        const p = current as Paragraph;
        p.chars += n;
        own.chars += n;
        if (inLink) {
          p.linkChars += n;
          own.linkChars += n;
        }
        countPunctuation(data, p);
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (isSkippedElement(c)) continue;
        const tag = tagOf(c);
        const isBlock = isBlockElement(c);
        if (isBlock) flush();
        const s = visit(c, isBlock && tag !== 'BR' ? c : block, inLink || tag === 'A');
        if (isBlock) flush();
        own.chars += s.chars;
        own.linkChars += s.linkChars;
      }
    }
    stats.set(el, own);
    return own;
  };
  if (!root) return { root: doc.documentElement, stats, paragraphs };
  visit(root, root, false);
  flush();
  return { root, stats, paragraphs };
}
