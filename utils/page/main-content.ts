/**
 * Finds the article's own region on a page — headline and body — leaving out navigation, rails
 * ("الأكثر قراءة", "اقرأ أيضا"), teasers, share bars, comments and footers. Paragraphs are
 * scored the way Readability does (length, commas, link density, class/id hints, Arabic
 * punctuation counted), but nothing is cloned or changed: the answer is a list of the page's
 * own elements plus the subtrees inside them to leave out.
 */
import { isSkippedElement, tagOf } from './dom-text';
import { isProseParagraph, linkDensity, measurePage, measurePageSteps, statsOf, type PageMeasure, type Paragraph } from './content-score';
import { findExclusionsSteps } from './main-content-exclusions';
import { classWeight, tagWeight } from './element-weight';
import { findHeadline, pageTitle } from './headline';
import { runSteps } from '../steps';

/** The article's region and what was measured on the way. */
export interface MainContent {
  /** Subtrees to read, in document order, none inside another; the headline first when separate. */
  blocks: Element[];
  /** Subtrees inside `blocks` to leave out. */
  exclude: Element[];
  /** The article's headline element, when one was found. */
  headline: Element | null;
  /** The title the page gives itself (og:title, else <title>), which the headline was matched to. */
  title: string;
  stats: ContentStats;
}

/** Counts the news detector uses (characters, white space not counted). */
export interface ContentStats {
  pageChars: number;
  pageLinkChars: number;
  mainChars: number;
  mainLinkChars: number;
  /** Prose paragraphs (≥ 80 characters, few links, sentence punctuation) in the region. */
  mainParagraphs: number;
  /** Prose paragraphs on the whole page. */
  pageParagraphs: number;
  /** Arabic letters in the region's prose paragraphs. */
  mainArabicLetters: number;
  /** Links in the region: an article body links out a few times, a list of teasers on every item. */
  mainLinks: number;
}

// Containers that hold text themselves are scored as paragraphs' parents; these tags are
// paragraphs, so their score goes to their container.
const PARAGRAPH_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DD', 'DT', 'PRE', 'FIGCAPTION', 'CAPTION', 'ADDRESS', 'TH', 'SUMMARY', 'LEGEND']);
const MIN_PARAGRAPH = 25;

/** Paragraphs or candidates handled between two yields of the region's steps. */
export const REGION_SLICE = 400;

function* scoreCandidates(measure: PageMeasure): Generator<void, Map<Element, number>> {
  const scores = new Map<Element, number>();
  let n = 0;
  for (const p of measure.paragraphs) {
    if (++n % REGION_SLICE === 0) yield;
    if (p.chars < MIN_PARAGRAPH || p.linkChars > p.chars * 0.5) continue;
    const score = 1 + p.commas + Math.min(Math.floor(p.chars / 100), 3);
    let el: Element | null = PARAGRAPH_TAGS.has(tagOf(p.holder)) ? p.holder.parentElement : p.holder;
    for (let level = 0; el && level < 5; level++, el = el.parentElement) {
      if (!scores.has(el)) scores.set(el, tagWeight(el) + classWeight(el));
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) as number) + score / share);
      if (el === measure.root) break;
    }
  }
  for (const [el, s] of scores) {
    if (++n % REGION_SLICE === 0) yield;
    scores.set(el, s * (1 - linkDensity(statsOf(measure, el))));
  }
  return scores;
}

function pickTop(measure: PageMeasure, scores: Map<Element, number>): Element | null {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || best[1] <= 0) return null;
  let top = best[0];
  // When the prose is split over several containers (three of the next best scoring close to the
  // best one under a common ancestor), take that ancestor, as Readability does.
  const close = ranked.slice(1, 6).filter(([, s]) => s >= best[1] * 0.75).map(([el]) => el);
  if (close.length >= 3) {
    for (let a = top.parentElement; a && a !== measure.root.parentElement; a = a.parentElement) {
      if (close.filter((el) => a.contains(el)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  return top;
}

function withSiblings(measure: PageMeasure, scores: Map<Element, number>, top: Element): Element[] {
  const parent = top.parentElement;
  if (!parent || top === measure.root) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const out: Element[] = [];
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === top) { out.push(s); continue; }
    if (isSkippedElement(s)) continue;
    const cls = s.getAttribute('class');
    const bonus = cls && cls === top.getAttribute('class') ? topScore * 0.2 : 0;
    const st = statsOf(measure, s);
    const prose = tagOf(s) === 'P' && st.chars > 80 && linkDensity(st) < 0.25;
    if ((scores.get(s) ?? Number.NEGATIVE_INFINITY) + bonus >= threshold || prose) out.push(s);
  }
  return out;
}

function inside(el: Element, blocks: readonly Element[], exclude: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (exclude.has(e)) return false;
    if (blocks.includes(e)) return true;
  }
  return false;
}

function* regionStats(measure: PageMeasure, blocks: Element[], exclude: Element[]): Generator<void, ContentStats> {
  const page = statsOf(measure, measure.root);
  const sum = (els: Element[], key: 'chars' | 'linkChars') => els.reduce((n, e) => n + statsOf(measure, e)[key], 0);
  const excluded = new Set(exclude);
  const prose: Paragraph[] = [];
  const mainProse: Paragraph[] = [];
  let n = 0;
  for (const p of measure.paragraphs) {
    if (++n % REGION_SLICE === 0) yield;
    if (!isProseParagraph(p)) continue;
    prose.push(p);
    if (inside(p.holder, blocks, excluded)) mainProse.push(p);
  }
  let mainLinks = 0;
  for (const b of blocks) {
    for (const a of b.querySelectorAll('a[href]')) {
      if (++n % REGION_SLICE === 0) yield;
      if (inside(a, blocks, excluded)) mainLinks++;
    }
  }
  return {
    pageChars: page.chars,
    pageLinkChars: page.linkChars,
    mainChars: sum(blocks, 'chars') - sum(exclude, 'chars'),
    mainLinkChars: sum(blocks, 'linkChars') - sum(exclude, 'linkChars'),
    mainParagraphs: mainProse.length,
    pageParagraphs: prose.length,
    mainArabicLetters: mainProse.reduce((n, p) => n + p.arabic, 0),
    mainLinks,
  };
}

/**
 * Finds the article's headline and body on `doc`; `measure` may be passed when already taken.
 * @example findMainContent(doc).blocks → [<h1>طهران تدفن «زادة»…</h1>, <div class="article-body">]
 */
export function findMainContent(doc: Document, measure: PageMeasure = measurePage(doc)): MainContent {
  return runSteps(regionSteps(doc, measure));
}

/** The region of a measured page, a yield between its phases (each is one pass over the page's paragraphs or candidates). */
function* regionSteps(doc: Document, measure: PageMeasure): Generator<void, MainContent> {
  const scores = yield* scoreCandidates(measure);
  yield;
  const top = pickTop(measure, scores);
  let blocks = top ? withSiblings(measure, scores, top) : [];
  yield;
  const title = pageTitle(doc);
  const headline = findHeadline(title, measure, blocks);
  if (headline && !blocks.some((b) => b.contains(headline))) {
    blocks = [headline, ...blocks].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
  yield;
  const exclude = yield* findExclusionsSteps(measure, blocks, headline, REGION_SLICE);
  yield;
  return { blocks, exclude, headline, title, stats: yield* regionStats(measure, blocks, exclude) };
}

/**
 * findMainContent cut into steps (a generator) for very long pages: the page is measured a slice
 * at a time, the rest runs in the last step; the generator's return value is the region.
 * @example const steps = findMainContentSteps(doc); let r; while (!(r = steps.next()).done); r.value.blocks
 */
export function* findMainContentSteps(doc: Document): Generator<void, MainContent> {
  const measure = yield* measurePageSteps(doc);
  yield;
  return yield* regionSteps(doc, measure);
}
