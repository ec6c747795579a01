import { describe, expect, it } from 'vitest';
import { detectNewsArticle, detectNewsInText, extractPublishedAt, verdictFrom } from '@/utils/page/detect-news';
import { articleUrlKind } from '@/utils/page/article-url';
import { jsonLdItems, toIsoDate, typesOf } from '@/utils/page/page-metadata';
import { parseHtml } from '../tools/html-document';

const sentence = 'قال وزير الخارجية، في مؤتمر صحفي عقده أمس في العاصمة، إن المحادثات مع الجانب الروسي ستستمر خلال الأيام المقبلة. ';
const body = [1, 2, 3, 4].map((i) => `<p>${sentence.repeat(2)}${i}</p>`).join('');

function doc(head: string, bodyHtml: string): Document {
  return parseHtml(`<html><head>${head}</head><body>${bodyHtml}</body></html>`);
}

describe('detectNewsArticle', () => {
  it('calls an Arabic article with NewsArticle metadata news, and says why', () => {
    const ld = '<script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-03T13:52:13Z"}]}]]></script>';
    const d = detectNewsArticle(doc(`<title>الوزير: المحادثات ستستمر</title><meta property="og:type" content="article">${ld}`, `<h1>الوزير: المحادثات ستستمر</h1>${body}`));
    expect(d.arabic).toBe(true);
    expect(d.news).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.95);
    expect(d.reasons).toEqual(expect.arrayContaining(['arabic-text', 'newsarticle-metadata', 'og-article', 'published-time', 'one-headline', 'dense-paragraphs']));
  });

  it('calls an Arabic homepage of linked teasers not news', () => {
    const teasers = Array.from({ length: 20 }, (_, i) => `<li><a href="/story/${1000 + i}">عنوان خبر رقم ${i} عن موضوع من مواضيع اليوم</a></li>`).join('');
    const d = detectNewsArticle(doc('<title>موقع الأخبار</title>', `<ul>${teasers}</ul>`), 'https://example.com/');
    expect(d.arabic).toBe(true);
    expect(d.news).toBe(false);
    expect(d.reasons).toEqual(expect.arrayContaining(['link-list', 'front-page-url']));
  });

  it('calls a Persian article not Arabic, whatever its markup says', () => {
    const fa = 'وزیر امور خارجه گفت که گفتگوها با طرف روسی در روزهای آینده ادامه پیدا می‌کند و نتیجه آن را اعلام خواهیم کرد. ';
    const d = detectNewsArticle(doc('<meta property="og:type" content="article">', `<html lang="ar"><h1>گفتگوها ادامه دارد</h1>${[1, 2, 3].map(() => `<p>${fa.repeat(3)}</p>`).join('')}`));
    expect(d.arabic).toBe(false);
    expect(d.reasons[0]).toBe('other-arabic-script');
  });

  it('calls a product page with product metadata not news', () => {
    const ld = '<script type="application/ld+json">{"@type":"Product","name":"حذاء"}</script>';
    const d = detectNewsArticle(doc(`<meta property="og:type" content="product">${ld}`, `<h1>حذاء</h1>${body}`));
    expect(d.reasons).toEqual(expect.arrayContaining(['non-article-metadata', 'og-not-article']));
    expect(d.news).toBe(false);
  });

  it('uses the canonical address before the tab address', () => {
    const d = detectNewsArticle(doc('<link rel="canonical" href="https://www.youm7.com/story/2020/8/24/slug/4943459">', body), 'http://127.0.0.1:8080/x.html');
    expect(d.reasons).toContain('article-url');
  });
});

describe('extractPublishedAt', () => {
  it('reads JSON-LD datePublished first', () => {
    const ld = '<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2020-12-01T02:00:00+03:00"}]</script>';
    expect(extractPublishedAt(doc(`${ld}<meta property="article:published_time" content="2019-01-01">`, ''))).toBe('2020-12-01T02:00:00+03:00');
  });

  it('then meta tags, in Arabic too, then <time datetime>, else null', () => {
    expect(extractPublishedAt(doc('<meta property="article:published_time" content="2020-08-24T09:23:13Z">', ''))).toBe('2020-08-24T09:23:13Z');
    expect(extractPublishedAt(doc('<meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م">', ''))).toBe('2020-10-07T12:09:00');
    expect(extractPublishedAt(doc('', '<time datetime="2024-03-03">3 مارس</time>'))).toBe('2024-03-03');
    expect(extractPublishedAt(doc('<meta name="description" content="2020-01-01">', '<p>لا تاريخ</p>'))).toBeNull();
  });
});

describe('page metadata helpers', () => {
  it.each([
    ['2020-12-01 02:00:00', '2020-12-01T02:00:00'],
    ['2024-03-03T13:52:13.299Z', '2024-03-03T13:52:13Z'],
    ['2020-11-09T18:34:47+0000', '2020-11-09T18:34:47+00:00'],
    ['الثلاثاء ١ ديسمبر ٢٠٢٠', '2020-12-01'],
    ['9 تشرين الثاني 2020 - 08:05 ص', '2020-11-09T08:05:00'],
    ['10-Nov-2000', null],
    ['1850-01-01', null],
  ])('toIsoDate(%s) → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it('reads JSON-LD that is broken JSON for its types', () => {
    const d = doc('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",}</script>', '');
    expect(jsonLdItems(d).flatMap(typesOf)).toEqual(['NewsArticle']);
  });

  it.each([
    ['https://www.youm7.com/story/2020/8/24/وزير-الرى-يشهد/4943459', 'article'],
    ['https://www.alyaum.com/articles/6291787/القارات-السبع/طهران-تدفن-زادة', 'article'],
    ['https://www.beirutobserver.com/2020/11/2338761/', 'article'],
    ['https://www.bbc.com/arabic/articles/c720dxj8dq8o', 'unknown'],
    ['https://www.example.com/', 'front'],
    ['https://www.example.com/index.php', 'front'],
    ['https://www.example.com/sport/', 'front'],
    ['', 'unknown'],
  ])('articleUrlKind(%s) → %s', (url, kind) => {
    expect(articleUrlKind(url)).toBe(kind);
  });
});

describe('detectNewsInText', () => {
  it('calls Arabic reporting prose news from its shape alone', () => {
    const d = detectNewsInText(`${sentence.repeat(3)}\n\n${sentence.repeat(3)}\n\n${sentence.repeat(3)}`);
    expect(d).toMatchObject({ arabic: true, news: true });
    expect(d.reasons).toEqual(['arabic-text', 'text-only', 'dense-paragraphs', 'news-prose']);
  });

  it('calls a short Arabic line thin, and English text not Arabic', () => {
    expect(detectNewsInText('مرحبا بكم في موقعنا').reasons).toContain('thin-text');
    expect(detectNewsInText('The talks will go on next week in the capital. '.repeat(20)).arabic).toBe(false);
  });
});

describe('verdictFrom', () => {
  it('adds signal weights to the prior and reports confidence in the verdict', () => {
    // Prior -2.5: no signal is a confident no; NewsArticle metadata alone (2.5) is not yet a yes.
    expect(verdictFrom(true, ['arabic-text'])).toMatchObject({ news: false, confidence: 0.92 });
    expect(verdictFrom(true, ['arabic-text', 'newsarticle-metadata'])).toMatchObject({ news: false });
    expect(verdictFrom(true, ['arabic-text', 'newsarticle-metadata', 'one-headline'])).toMatchObject({ news: true, confidence: 0.68 });
  });

  it('needs a sign of news besides long paragraphs', () => {
    expect(verdictFrom(true, ['arabic-text', 'dense-paragraphs', 'readerable'])).toMatchObject({ news: false });
    expect(verdictFrom(true, ['arabic-text', 'dense-paragraphs', 'news-prose'])).toMatchObject({ news: true });
    expect(verdictFrom(true, ['arabic-text', 'dense-paragraphs', 'one-headline'])).toMatchObject({ news: true });
  });
});
