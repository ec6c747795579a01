/**
 * One read-only pass over a page that measures what the main-content finder and the news
 * detector need: characters and link characters per element, and the page's paragraphs with
 * their punctuation. Arabic punctuation counts like Latin (، ؛ ؟).
 */
import { runSteps } from '../steps';
import { countMatches } from '@/utils/nlp/script-language';
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

const COMMAS = /[،,؛;]/g;
const STOPS = /[.!?؟…]/g;
const ARABIC_LETTERS = /[\u0621-\u064a]/g;

function countPunctuation(text: string, p: Paragraph, scale = 1): void {
  p.commas += Math.round(countMatches(text, COMMAS) * scale);
  p.stops += Math.round(countMatches(text, STOPS) * scale);
  p.arabic += Math.round(countMatches(text, ARABIC_LETTERS) * scale);
}

/** Longest text node read whole; a longer one (a 5 MB node) is judged from its start, scaled. */
const MAX_NODE_SAMPLE = 100_000;

interface Frame {
  el: Element;
  /** The next child to look at. */
  child: ChildNode | null;
  /** The nearest block element: the holder of text met here. */
  block: Element;
  inLink: boolean;
  isBlock: boolean;
  own: ElementStats;
}

/**
 * Work between two yields of measurePageSteps: an element is one unit, a text node one more
 * per TEXT_UNIT characters (a long page's paragraphs are few elements but much text).
 */
export const MEASURE_SLICE = 1000;
const TEXT_UNIT = 64;

/**
 * Measures the page under `root` (the body by default) in one depth-first pass, yielding every
 * `slice` units of work (see MEASURE_SLICE) so that a very long page can be measured between
 * frames; the generator's return value is the measure.
 */
export function* measurePageSteps(
  doc: Document,
  root: Element | null = doc.body ?? doc.documentElement,
  slice = MEASURE_SLICE,
): Generator<void, PageMeasure> {
  const stats = new Map<Element, ElementStats>();
  const paragraphs: Paragraph[] = [];
  if (!root) return { root: doc.documentElement, stats, paragraphs };
  let current: Paragraph | null = null;
  const flush = () => {
    if (current && current.chars > 0) paragraphs.push(current);
    current = null;
  };
  const stack: Frame[] = [{ el: root, child: root.firstChild, block: root, inLink: false, isBlock: true, own: { chars: 0, linkChars: 0 } }];
  let budget = slice;
  while (stack.length) {
    const top = stack[stack.length - 1] as Frame;
    const child = top.child;
    if (!child) {
      // Done with this element: its counts go to its parent.
      stack.pop();
      stats.set(top.el, top.own);
      if (top.isBlock) flush();
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.own.chars += top.own.chars;
        parent.own.linkChars += top.own.linkChars;
      }
      continue;
    }
    top.child = child.nextSibling;
    if (child.nodeType === 3) {
      const whole = (child as Text).data;
      const data = whole.length > MAX_NODE_SAMPLE ? whole.slice(0, MAX_NODE_SAMPLE) : whole;
      const scale = whole.length / Math.max(1, data.length);
      const n = Math.round(visibleLength(data) * scale);
      if (n === 0) continue;
      if ((current as Paragraph | null)?.holder !== top.block) {
        flush();
        current = { holder: top.block, chars: 0, linkChars: 0, commas: 0, stops: 0, arabic: 0 };
      }
      const p = current as Paragraph;
      p.chars += n;
      top.own.chars += n;
      if (top.inLink) {
        p.linkChars += n;
        top.own.linkChars += n;
      }
      countPunctuation(data, p, scale);
      budget -= 1 + Math.floor(data.length / TEXT_UNIT);
      if (budget <= 0) {
        budget = slice;
        yield;
      }
    } else if (child.nodeType === 1) {
      const c = child as Element;
      if (isSkippedElement(c)) continue;
      const tag = tagOf(c);
      const isBlock = isBlockElement(c);
      if (isBlock) flush();
      stack.push({ el: c, child: c.firstChild, block: isBlock && tag !== 'BR' ? c : top.block, inLink: top.inLink || tag === 'A', isBlock, own: { chars: 0, linkChars: 0 } });
      if (--budget <= 0) {
        budget = slice;
        yield;
      }
    }
  }
  flush();
  return { root, stats, paragraphs };
}

/**
 * Measures the page under `root` (the body by default) in one go.
 * @example measurePage(doc).paragraphs[0] → { holder: <p>, chars: 120, commas: 3, … }
 */
export function measurePage(doc: Document, root: Element | null = doc.body ?? doc.documentElement): PageMeasure {
  return runSteps(measurePageSteps(doc, root, Number.POSITIVE_INFINITY));
}
