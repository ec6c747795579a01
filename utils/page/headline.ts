/**
 * Finds an article's headline: the heading that says what the page's title says. Pages carry
 * several h1 (a logo, a section name) and sometimes none (fixture ar_news/02 puts the headline in
 * an h1 beside the site's own), so the title, not the tag alone, decides.
 */
import { isSkippedElement, tagOf } from './dom-text';
import type { PageMeasure } from './content-score';
import { metaContent, readMetaTags, type MetaTags } from './page-metadata';

const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): Set<string> {
  return new Set(s.match(WORD) ?? []);
}

/** The title a page gives itself: og:title (or twitter:title), else <title>. */
export function pageTitle(doc: Document, metas: MetaTags = readMetaTags(doc)): string {
  return (metaContent(metas, 'og:title', 'twitter:title') || doc.title || '').trim();
}

/** Dice overlap of the words of two strings (0..1); the words of `b` may be given, when already split. */
export function wordOverlap(a: string, b: string, wb: ReadonlySet<string> = words(b)): number {
  const wa = words(a);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

function isVisible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkippedElement(e)) return false;
  return true;
}

/**
 * The page's headline element: the h1–h3 (or itemprop=headline) closest to the title, else a lone
 * h1 of a few words; null when nothing qualifies.
 * @example findHeadline(pageTitle(doc), measure, blocks)?.textContent → 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله'
 */
export function findHeadline(title: string, measure: PageMeasure, blocks: readonly Element[]): Element | null {
  const first = blocks[0];
  let best: { el: Element; score: number } | null = null;
  const h1s: Element[] = [];
  const titleWords = words(title);
  for (const el of measure.root.querySelectorAll('h1, h2, h3, [itemprop="headline"]')) {
    const text = el.textContent ?? '';
    if (text.length < 3 || text.length > 400 || !isVisible(el)) continue;
    const tag = tagOf(el);
    if (tag === 'H1') h1s.push(el);
    let score = wordOverlap(text, title, titleWords) + (tag === 'H1' ? 0.1 : 0);
    // Repeated headlines in rails come after the article; the real one precedes or opens the body.
    if (first && (first.contains(el) || el.compareDocumentPosition(first) & 4)) score += 0.05;
    if (score >= 0.5 && (!best || score > best.score)) best = { el, score };
  }
  if (best) return best.el;
  const lone = h1s.length === 1 ? h1s[0] : undefined;
  return lone && (lone.textContent ?? '').trim().split(/\s+/).length >= 3 ? lone : null;
}
