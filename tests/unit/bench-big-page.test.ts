import { describe, expect, it } from 'vitest';
import { bigPageHtml, sampleParagraphs } from '../tools/bench-big-page';
import type { NewsArticle } from '../tools/saudinewsnet';

const article = (content: string): NewsArticle => ({ id: 0, source: 's', url: 'u', title: 't', content });

describe('sampleParagraphs', () => {
  it('cuts at line breaks and drops empty lines', () => {
    expect(sampleParagraphs([article('قال الوزير\n\n  \nإن الاجتماع'), article('في الرياض')])).toEqual(['قال الوزير', 'إن الاجتماع', 'في الرياض']);
  });
});

describe('bigPageHtml', () => {
  it('repeats the paragraphs until the article holds the words asked for', () => {
    const { html, words } = bigPageHtml(['قال الرئيس إن', 'الحوار مستمر'], 1000);
    const paragraphs = html.match(/<p>/g)?.length ?? 0;
    const inParagraphs = [...html.matchAll(/<p>([^<]*)<\/p>/g)].reduce((n, m) => n + (m[1]?.split(/\s+/).length ?? 0), 0);
    expect(inParagraphs).toBeGreaterThanOrEqual(1000);
    expect(inParagraphs).toBeLessThan(1003);
    expect(paragraphs).toBeGreaterThan(300);
    // The headline's words are counted too.
    expect(words).toBeGreaterThan(inParagraphs);
  });

  it('escapes the text and carries the signals of a news article', () => {
    const { html } = bigPageHtml(['<script>alert(1)</script> & "نص"'], 10);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;نص&quot;');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('"@type":"NewsArticle"');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it('refuses to build a page from nothing', () => {
    expect(() => bigPageHtml([], 10)).toThrow(/no paragraphs/);
  });
});
