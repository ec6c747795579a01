/**
 * A very long Arabic news page made at run time from SaudiNewsNet paragraphs (never written to
 * disk: that text is for tests and benchmarks only). It carries the signals of a news article
 * (lang, og:type, NewsArticle JSON-LD, one headline) so that Hamish annotates it.
 */
import type { NewsArticle } from './saudinewsnet';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The paragraphs of the sample in file order, cut at line breaks, empty lines left out. */
export function sampleParagraphs(articles: readonly NewsArticle[]): string[] {
  return articles.flatMap((a) => a.content.split(/\n+/)).map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * An HTML page whose article holds at least `words` whitespace-separated words of `paragraphs`
 * (taken in order, repeated if needed); returns the page and its exact word count.
 */
export function bigPageHtml(paragraphs: readonly string[], words: number): { html: string; words: number } {
  if (paragraphs.length === 0) throw new Error('no paragraphs to build the page from');
  const body: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    const n = p.match(/\S+/g)?.length ?? 0;
    if (n === 0) continue;
    body.push(`<p>${escapeHtml(p)}</p>`);
    count += n;
  }
  const headline = 'حصاد الأخبار: تقرير مطول عن أحداث المنطقة';
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: '2015-07-21T08:00:00+03:00' });
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2015-07-21T08:00:00+03:00">
<script type="application/ld+json">${ld}</script></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav></header>
<main><article><h1>${headline}</h1>
${body.join('\n')}
</article></main><footer>جميع الحقوق محفوظة</footer></body></html>`;
  return { html, words: count + (headline.match(/\S+/g)?.length ?? 0) };
}
