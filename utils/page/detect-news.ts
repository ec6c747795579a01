/**
 * Is this page an Arabic news article? Language comes from the letters (the gate's verdict),
 * "news article" from independent signals added as log-odds: the page's own metadata (JSON-LD
 * NewsArticle family, og:type, a published time), its shape (one headline, a dense block of
 * prose, few links) and its address (dates, ids, slugs). No signal decides alone: fixture
 * ar_news/05 says og:type=website, edge/E5 has no metadata at all, and the Urdu feature
 * neg_arabic_script_other_lang/P7 claims NewsArticle.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { PageDetection } from '@/utils/messaging/page-summary';
import { countScriptLetters, judgeScript, type ScriptVerdict } from '@/utils/nlp/script-language';
import { checkPageScript } from './gate';
import { visibleLength } from './dom-text';
import { findMainContent, type MainContent } from './main-content';
import { wordOverlap } from './headline';
import { articleUrlKind } from './article-url';
import { countNewsProse, isNewsProse } from './news-prose';
import { buildTextMap } from './text-map';
import {
  GENERIC_ARTICLE_TYPES, NEWS_ARTICLE_TYPES, NON_ARTICLE_TYPES, jsonLdItems, metaContent, metadataPublishedAt, readMetaTags, typesOf,
  type MetaTags,
} from './page-metadata';

export { extractPublishedAt } from './page-metadata';

/**
 * Stable keys of the reasons a verdict gives (the popup maps them to Arabic/English strings).
 * Language: arabic-text, other-arabic-script (Persian, Urdu, Pashto …), not-arabic, too-little-text.
 * For an article: newsarticle-metadata, article-metadata, og-article, published-time, one-headline,
 * dense-paragraphs, article-url, readerable, news-prose (reads like reporting). Against: non-article-metadata, og-not-article,
 * link-list, scattered-teasers, thin-text, front-page-url. Text files only: text-only.
 */
export const NEWS_REASONS = [
  'arabic-text', 'other-arabic-script', 'not-arabic', 'too-little-text',
  'newsarticle-metadata', 'article-metadata', 'og-article', 'published-time', 'one-headline', 'dense-paragraphs',
  'article-url', 'readerable', 'news-prose', 'non-article-metadata', 'og-not-article', 'link-list', 'scattered-teasers',
  'thin-text', 'front-page-url', 'text-only',
] as const;
/** One of NEWS_REASONS. */
export type NewsReason = (typeof NEWS_REASONS)[number];

/** Log-odds each signal adds to "this is a news article" (the prior is −1). */
export const SIGNAL_WEIGHTS: Partial<Record<NewsReason, number>> = {
  'newsarticle-metadata': 2.5,
  'article-metadata': 1,
  'og-article': 1.5,
  'published-time': 1,
  'one-headline': 0.75,
  'dense-paragraphs': 2,
  'article-url': 1,
  readerable: 0.5,
  'news-prose': 1,
  'non-article-metadata': -3,
  'og-not-article': -1.5,
  'link-list': -3,
  'scattered-teasers': -1,
  'thin-text': -2.5,
  'front-page-url': -1,
};
/**
 * Log-odds before any signal: a page the gate let through is not an article until shown to be,
 * and long paragraphs alone (with or without Readability's liking) do not show it: one more sign of
 * news is needed — metadata, a headline, an article address, the register of reporting.
 */
export const PRIOR = -2.5;

/** Turns signal log-odds into a verdict: news when the sum is positive; confidence in that verdict. */
export function verdictFrom(arabic: boolean, reasons: NewsReason[]): PageDetection {
  const score = reasons.reduce((s, r) => s + (SIGNAL_WEIGHTS[r] ?? 0), PRIOR);
  const p = 1 / (1 + Math.exp(-score));
  const news = score > 0;
  return { arabic, news, confidence: Math.round((news ? p : 1 - p) * 100) / 100, reasons };
}

function languageReason(script: ScriptVerdict): NewsReason {
  if (script === 'arabic') return 'arabic-text';
  return script === 'other-arabic-script' ? 'other-arabic-script' : script === 'too-little-text' ? 'too-little-text' : 'not-arabic';
}

function metadataReasons(doc: Document, metas: MetaTags): NewsReason[] {
  const out: NewsReason[] = [];
  const items = jsonLdItems(doc);
  const types = new Set(items.flatMap(typesOf));
  if ([...types].some((t) => NEWS_ARTICLE_TYPES.has(t))) out.push('newsarticle-metadata');
  else if ([...types].some((t) => GENERIC_ARTICLE_TYPES.has(t))) out.push('article-metadata');
  else if ([...types].some((t) => NON_ARTICLE_TYPES.has(t))) out.push('non-article-metadata');
  const og = metaContent(metas, 'og:type')?.toLowerCase();
  if (og === 'article' || og?.startsWith('article')) out.push('og-article');
  else if (og && og !== 'website' && !og.includes('/')) out.push('og-not-article');
  if (metadataPublishedAt(doc, items, metas)) out.push('published-time');
  return out;
}

/** Characters of the main text read for the register of reporting (some 3,500 words: the rate is
 * settled long before; more only costs the first task of a very long page). */
const PROSE_SAMPLE_CHARS = 20_000;
/**
 * Above this many characters on the page, Readability's check (which reads the whole text of
 * every paragraph) is answered from the page's own measure: its test — some paragraph well over
 * 140 characters — holds for any page this long with a main region of a few hundred characters.
 */
const HUGE_PAGE_CHARS = 200_000;

function shapeReasons(doc: Document, main: MainContent, mainText?: string): NewsReason[] {
  const out: NewsReason[] = [];
  const s = main.stats;
  const title = main.title;
  if (main.headline && (!title || wordOverlap(main.headline.textContent ?? '', title) >= 0.5)) out.push('one-headline');
  if (s.mainParagraphs >= 3 && s.mainChars >= 600) out.push('dense-paragraphs');
  else if (s.mainChars < 400 || s.mainParagraphs === 0) out.push('thin-text');
  // Homepages, section fronts and directories link every item; an article body links out a few
  // times. Page-wide link density alone misleads: Arabic news sites carry huge menus (ar_news/09: 80 %).
  const mainLinkDensity = s.mainChars > 0 ? s.mainLinkChars / s.mainChars : 0;
  if (s.mainLinks >= 15 || mainLinkDensity > 0.3 || (s.pageChars > 0 && s.pageLinkChars / s.pageChars > 0.85)) out.push('link-list');
  if (s.pageParagraphs >= 6 && s.mainParagraphs < s.pageParagraphs * 0.4) out.push('scattered-teasers');
  // The register of reporting shows in the first pages of text; a 5 MB page needs no more.
  if (isNewsProse(countNewsProse((mainText ?? buildTextMap(main).text).slice(0, PROSE_SAMPLE_CHARS)))) out.push('news-prose');
  if (s.pageChars > HUGE_PAGE_CHARS ? s.mainChars >= 600 : isProbablyReaderable(doc)) out.push('readerable');
  return out;
}

function urlReasons(doc: Document, metas: MetaTags, url?: string): NewsReason[] {
  // The publisher's canonical address is more telling than the tab's (tracking, mirrors, files).
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(metas, 'og:url');
  const kind = articleUrlKind(canonical || url || '');
  return kind === 'article' ? ['article-url'] : kind === 'front' ? ['front-page-url'] : [];
}

/**
 * Judges `doc`: Arabic or not (from its letters) and news article or not (from its metadata,
 * shape and address). Pass what is already known — the region from findMainContent(doc), the
 * gate's verdict from checkPageScript(doc) — so that it is not computed twice.
 * @example detectNewsArticle(doc, 'https://www.alyaum.com/articles/6291787/…') → { arabic: true, news: true, confidence: 1, reasons: ['arabic-text', 'newsarticle-metadata', …] }
 */
export function detectNewsArticle(
  doc: Document,
  url?: string,
  main: MainContent = findMainContent(doc),
  script: ScriptVerdict = checkPageScript(doc).script,
  mainText?: string,
): PageDetection {
  const metas = readMetaTags(doc);
  const reasons = [languageReason(script), ...metadataReasons(doc, metas), ...shapeReasons(doc, main, mainText), ...urlReasons(doc, metas, url)];
  return verdictFrom(script === 'arabic', reasons);
}

/**
 * Judges a plain text (no markup, no address): Arabic from its letters, news from its shape —
 * prose paragraphs and the register of reporting; the reasons say `text-only`.
 * @example detectNewsInText('قال وزير الخارجية أمس …').reasons → ['arabic-text', 'text-only', …]
 */
export function detectNewsInText(text: string): PageDetection {
  const script = judgeScript(countScriptLetters(text));
  const reasons: NewsReason[] = [languageReason(script), 'text-only'];
  let prose = 0;
  let chars = 0;
  for (const line of text.split(/\r?\n/)) {
    const n = visibleLength(line);
    chars += n;
    if (n >= 80 && /[.!?؟،,؛;…]/.test(line)) prose++;
  }
  if (prose >= 3 && chars >= 600) reasons.push('dense-paragraphs');
  else if (chars < 400 || prose === 0) reasons.push('thin-text');
  if (isNewsProse(countNewsProse(text))) reasons.push('news-prose');
  return verdictFrom(script === 'arabic', reasons);
}
