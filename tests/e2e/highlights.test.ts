import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIRS, ROOT } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { bodyMatches, scriptFree } from './support/saved-pages';
import { sendToTab, tabIdOf } from './support/extension';
import { clickCardButton, highlightTexts, pointOfHighlight, readCard, waitForHighlights } from './support/page-state';
import type { PageAnnotations } from '@/utils/messaging/tab-protocol';

let ext: ExtensionBrowser;
let server: FixtureServer;

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  return page;
}

const ALYAUM = scriptFree('ar_news/11_alyaum.com_ar.html');
const BBC = scriptFree('ar_news/04_bbc.com-arabic_ar.html');

beforeAll(async () => {
  server = await serveFixtures(join(ROOT, 'tests/fixtures'));
  server.route('/clean/alyaum.html', ALYAUM);
  server.route('/clean/bbc.html', BBC);
  ext = await launchWithExtension(BUILD_DIRS.chrome);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('highlights on a fixture article', () => {
  it('paints countries, demonyms and quotations, and leaves the DOM exactly as it was', async () => {
    const page = await open('/clean/alyaum.html');
    await waitForHighlights(page, 'hamish-country');
    const h = await highlightTexts(page);
    expect(h['hamish-country']).toContain('إيران');
    expect(h['hamish-demonym']).toContain('الإيرانية');
    expect(h['hamish-quote']?.length).toBeGreaterThan(0);
    // Nothing outside the article: the site's menus mention no country in this page's rail.
    expect(await page.evaluate(bodyMatches, ALYAUM)).toBe(true);
    // Our only nodes: none in <body>; the stylesheet is adopted, not inserted.
    expect(await page.evaluate(() => document.querySelectorAll('style, link[rel=stylesheet]').length)).toBe(await page.evaluate((src) => new DOMParser().parseFromString(src, 'text/html').querySelectorAll('style, link[rel=stylesheet]').length, ALYAUM));
    await page.close();
  });

  it('opens a country card on click, navigates mentions, closes on Escape and gives focus back', async () => {
    const page = await open('/clean/alyaum.html');
    await waitForHighlights(page, 'hamish-country');
    const { x, y } = await pointOfHighlight(page, 'hamish-country', 'إيران');
    await page.mouse.click(x, y);
    await page.waitForSelector('hamish-card', { state: 'attached' });
    const card = await readCard(page);
    expect(card.text).toContain('إيران');
    expect(card.text).toContain('طهران');
    const [, at, of] = card.text.match(/الإشارة (\d+) من (\d+)/) ?? [];
    expect(Number(of)).toBeGreaterThan(1);
    // Focus moved into the card, and Tab stays there.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('hamish-card');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('hamish-card');
    const next = card.buttons.find((b) => b.label === 'الإشارة التالية');
    expect(next).toBeDefined();
    await clickCardButton(page, next?.backendNodeId as number);
    expect((await readCard(page)).text).toContain(`الإشارة ${(Number(at) % Number(of)) + 1} من ${of}`);
    await page.keyboard.press('Escape');
    expect((await readCard(page)).open).toBe(false);
    expect(await page.evaluate(bodyMatches, ALYAUM)).toBe(true);
    await page.close();
  });

  it('opens the right person card, with their quotations and mentions', async () => {
    const page = await open('/clean/bbc.html');
    await waitForHighlights(page, 'hamish-person');
    const snap = (await sendToTab(ext, page, 'getPageAnnotations', {})) as PageAnnotations;
    // The person the page quotes most.
    const quoted = new Map<string, number>();
    for (const q of snap.quotes) if (q.speakerEntity) quoted.set(q.speakerEntity, (quoted.get(q.speakerEntity) ?? 0) + 1);
    const [entity, quotes] = [...quoted].sort((a, b) => b[1] - a[1])[0] ?? [];
    const person = snap.entities.find((e) => e.entity === entity);
    expect(person?.type).toBe('person');
    // Click one of this person's own highlighted mentions.
    const surfaces = await page.evaluate(() => [...(CSS.highlights.get('hamish-person') ?? [])].map((r) => (r as Range).toString()));
    const surface = surfaces.find((t) => person?.name.includes(t) && t.length > 2);
    expect(surface).toBeDefined();
    const { x, y } = await pointOfHighlight(page, 'hamish-person', surface);
    await page.mouse.click(x, y);
    await page.waitForSelector('hamish-card', { state: 'attached' });
    const card = await readCard(page);
    expect(card.text).toContain(person?.name);
    expect(card.text).toContain(`أقواله هنا (${quotes})`);
    expect(card.text).toMatch(new RegExp(`الإشارة \\d+ من ${person?.mentions}`));
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('turns types off and on again from the tab protocol', async () => {
    const page = await open('/clean/alyaum.html');
    await waitForHighlights(page, 'hamish-country');
    await sendToTab(ext, page, 'setHighlightTypes', { person: false, country: false, demonym: false, quote: false });
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => String(k).startsWith('hamish-')))).toEqual([]);
    expect(await page.evaluate(bodyMatches, ALYAUM)).toBe(true);
    await sendToTab(ext, page, 'setHighlightTypes', { country: true });
    const h = await highlightTexts(page);
    expect(h['hamish-country']?.length).toBeGreaterThan(0);
    expect(h['hamish-demonym']).toEqual([]);
    await page.close();
  });

  it('annotates content appended after load, and re-annotates after a pushState navigation', async () => {
    const page = await open('/clean/alyaum.html');
    await waitForHighlights(page, 'hamish-country');
    const before = (await highlightTexts(page))['hamish-country']?.length ?? 0;
    await page.evaluate(() => {
      // Like a live blog: a new paragraph at the end of the element holding the article's text.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let longest: Element | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue?.trim().length ?? 0) > 150) longest = n.parentElement;
      const p = document.createElement(longest?.localName ?? 'p');
      p.textContent = 'وفي تطور لاحق، أعلنت كوريا الجنوبية وأستراليا دعمهما للتحقيق الدولي في الحادث.';
      longest?.append(p);
    });
    await page.waitForFunction((n) => (CSS.highlights.get('hamish-country')?.size ?? 0) > n, before, { timeout: 10_000 });
    const after = (await highlightTexts(page))['hamish-country'] ?? [];
    expect(after).toContain('كوريا الجنوبية');
    expect(after).toContain('أستراليا');

    await page.evaluate(() => {
      history.pushState({}, '', `${location.origin}/clean/alyaum-next.html`);
      // The next article arrives in place of the old one (here: the same story about another country).
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = texts.nextNode(); n; n = texts.nextNode()) if (n.nodeValue?.includes('إيران')) n.nodeValue = n.nodeValue.replaceAll('إيران', 'اليابان');
    });
    await page.waitForFunction(() => [...(CSS.highlights.get('hamish-country') ?? [])].some((r) => (r as Range).toString() === 'اليابان'), undefined, { timeout: 15_000 });
    expect((await highlightTexts(page))['hamish-country']).not.toContain('إيران');
    await page.close();
  });

  it('shows the types saved as defaults, and follows a change of them on an open page', async () => {
    const worker = await ext.worker();
    await worker.evaluate(() => chrome.storage.local.set({ highlightTypes: { person: true, country: true, demonym: false, quote: true } }));
    try {
      const page = await open('/clean/alyaum.html');
      await waitForHighlights(page, 'hamish-country');
      expect((await highlightTexts(page))['hamish-demonym']).toEqual([]);
      await worker.evaluate(() => chrome.storage.local.set({ highlightTypes: { person: true, country: true, demonym: true, quote: true } }));
      await waitForHighlights(page, 'hamish-demonym');
      expect((await highlightTexts(page))['hamish-demonym']).toContain('الإيرانية');
      await page.close();
    } finally {
      await worker.evaluate(() => chrome.storage.local.remove('highlightTypes'));
    }
  });

  it('registers only the highlights near the viewport on a very long page, and follows scrolling', async () => {
    const countries = ['فرنسا', 'روسيا', 'مصر', 'اليابان', 'البرازيل', 'كندا'];
    const paragraphs = Array.from({ length: 320 }, (_, i) => {
      const [a, b] = [countries[i % countries.length], countries[(i + 1) % countries.length]];
      return `<p id="p${i}">وقال وزير الخارجية أمس في مؤتمر صحفي إن العلاقات بين ${a} و${b} تشهد تطورا، وأضاف أن «الحوار مستمر بين البلدين في الملف رقم ${i}».</p>`;
    });
    const headline = 'تقرير مطول عن العلاقات الدولية';
    server.route('/long/report.html', `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:type" content="article"><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: '2026-11-01T08:00:00Z' })}</script></head>
<body><main><article><h1>${headline}</h1>${paragraphs.join('\n')}</article></main></body></html>`);
    const page = await open('/long/report.html');
    await waitForHighlights(page, 'hamish-country');
    /** The registered country ranges: how many, and which paragraphs they are in. */
    const registered = () =>
      page.evaluate(() => {
        const ids = [...(CSS.highlights.get('hamish-country') ?? [])].map((r) => Number((r as Range).startContainer.parentElement?.id.slice(1)));
        return { count: ids.length, first: Math.min(...ids), last: Math.max(...ids) };
      });
    const top = await registered();
    // 640 country mentions on the page; the first screens' only.
    expect(top.first).toBe(0);
    expect(top.count).toBeGreaterThan(10);
    expect(top.count).toBeLessThan(300);
    expect(top.last).toBeLessThan(150);
    await page.evaluate(() => document.getElementById('p319')?.scrollIntoView());
    await page.waitForFunction(() => [...(CSS.highlights.get('hamish-country') ?? [])].some((r) => (r as Range).startContainer.parentElement?.id === 'p319'), undefined, { timeout: 10_000 });
    const bottom = await registered();
    expect(bottom.last).toBe(319);
    expect(bottom.first).toBeGreaterThan(150);
    // Every mention was found and kept: the reader's tab protocol counts them all.
    const state = (await sendToTab(ext, page, 'getPageAnnotations')) as PageAnnotations;
    const mentions = state.entities.filter((e) => e.type === 'country' && !e.demonym).reduce((n, e) => n + e.mentions, 0);
    expect(mentions).toBe(640);
    await page.close();
  });

  it('annotates an Arabic page that is not a news article only when the reader asks', async () => {
    server.route('/clean/forum.html', scriptFree('neg_ar_nonnews/N6_sayaara-auto.com_ar.html'));
    const page = await open('/clean/forum.html');
    // Until the annotator has judged the page, the content script only knows the gate's verdict.
    let before = (await sendToTab(ext, page, 'getPageAnnotations', {})) as PageAnnotations;
    for (let i = 0; i < 100 && before.detection.reasons.length < 2; i++) {
      await page.waitForTimeout(150);
      before = (await sendToTab(ext, page, 'getPageAnnotations', {})) as PageAnnotations;
    }
    expect(before.detection.arabic).toBe(true);
    expect(before.detection.news).toBe(false);
    expect(before.annotated).toBe(false);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].length)).toBe(0);
    const after = (await sendToTab(ext, page, 'annotateNow', {})) as PageAnnotations;
    expect(after.annotated).toBe(true);
    expect(after.entities.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].some((k) => String(k).startsWith('hamish-')))).toBe(true);
    await page.close();
  });

  it('paints nothing on a page in another language', async () => {
    const page = await open('/pages/neg_other_lang/L2_nytimes-1_en.html');
    await tabIdOf(ext, page.url());
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('hamish-card'))).toBeNull();
    await page.close();
  });

  it('loads the annotator on request on a page the gate left alone, and annotates its Arabic', async () => {
    // An English page quoting an Arabic sentence: too little Arabic for the gate.
    const english = 'The talks went on late into the night, officials said, and the delegations will meet again next week. '.repeat(30);
    server.route(
      '/clean/english-with-arabic.html',
      `<!doctype html><html lang="en"><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>${english}</p><p>وقال الوزير إن مصر مستعدة للحوار.</p></article></body></html>`,
    );
    const page = await open('/clean/english-with-arabic.html');
    let before = (await sendToTab(ext, page, 'getPageAnnotations', {})) as PageAnnotations | null;
    for (let i = 0; i < 50 && !before; i++) {
      await page.waitForTimeout(100);
      before = (await sendToTab(ext, page, 'getPageAnnotations', {})) as PageAnnotations | null;
    }
    expect(before?.detection.arabic).toBe(false);
    expect(before?.annotated).toBe(false);
    const after = (await sendToTab(ext, page, 'annotateNow', {})) as PageAnnotations;
    expect(after.annotated).toBe(true);
    expect(after.entities.map((e) => e.entity)).toContain('EG');
    expect((await highlightTexts(page))['hamish-country']).toContain('مصر');
    await page.close();
  });
});
