import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ensureBuilt, ROOT } from './support/build';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';
import { bodyMatches, scriptFree } from './support/saved-pages';

// The Firefox build (MV2) in Debian's Firefox ESR over WebDriver BiDi: the same core checks as
// in Chromium. Every evaluate below runs in the page's main world, where a Highlight can be
// iterated (a content script there cannot: ../shared/FIREFOX.md).

let ff: FirefoxWithExtension;
let server: FixtureServer;

const ALYAUM = scriptFree('ar_news/11_alyaum.com_ar.html');
const BBC = scriptFree('ar_news/04_bbc.com-arabic_ar.html');
// Its own scripts rewrite the address to nytimes.com, which Firefox's driver reports as a failed navigation.
const NYTIMES = scriptFree('neg_other_lang/L2_nytimes-1_en.html');

async function open(path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  return page;
}

async function waitForHighlight(page: Page, name: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) > 0, { timeout, polling: 200 }, name);
}

/** Highlight names and the text of their ranges, read from the page's main world. */
function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['hamish-person', 'hamish-country', 'hamish-demonym', 'hamish-quote']) {
      const h = CSS.highlights.get(name);
      out[name] = h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
    }
    return out;
  });
}

beforeAll(async () => {
  const buildDir = await ensureBuilt('firefox');
  server = await serveFixtures(join(ROOT, 'tests/fixtures'));
  server.route('/clean/alyaum.html', ALYAUM);
  server.route('/clean/bbc.html', BBC);
  server.route('/clean/nytimes.html', NYTIMES);
  ff = await launchFirefoxWithExtension(buildDir);
}, 600_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
}, 60_000);

describe('Hamish in Firefox ESR (MV2 build)', () => {
  it('paints countries, demonyms and quotations on an article and leaves its DOM as it was', async () => {
    const page = await open('/clean/alyaum.html');
    await waitForHighlight(page, 'hamish-country');
    await waitForHighlight(page, 'hamish-quote');
    const h = await highlightTexts(page);
    expect(h['hamish-country']).toContain('إيران');
    expect(h['hamish-demonym']).toContain('الإيرانية');
    expect(h['hamish-quote']?.length).toBeGreaterThan(0);
    expect(await page.evaluate(bodyMatches, ALYAUM)).toBe(true);
    await page.close();
  });

  it('paints nothing on a page in another language, after the gate looked at it', async () => {
    const page = await open('/clean/nytimes.html');
    const url = page.url();
    // The content script answers an extension page, as the popup asks it: its gate ran here. It
    // told the background nothing (storage.session holds no verdict for the page).
    const ext = await ff.browser.newPage();
    await openExtensionPage(ext, `${ff.origin}/popup.html?tab=0`);
    const answer = await ext.waitForFunction(
      async (u: string) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        // (tab URLs need the tabs permission here: ask every tab, keep the answer for this page)
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          const a = (await api.tabs.sendMessage(tab.id, { hamishTab: 1, type: 'getPageAnnotations', data: {} }).catch(() => null)) as { url?: string } | null;
          if (a?.url === u) return a;
        }
        return false;
      },
      { timeout: 30_000, polling: 200 },
      url,
    );
    expect(await answer.jsonValue()).toMatchObject({ detection: { arabic: false, reasons: ['other'] }, annotated: false });
    const stored = await ext.evaluate(async (u: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const all = (await api.storage.session.get(null)) as Record<string, { check?: { url: string } }>;
      return Object.values(all).some((v) => v.check?.url === u);
    }, url);
    expect(stored).toBe(false);
    expect(await page.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()])).toEqual([]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('hamish-card'))).toBeNull();
    await Promise.all([page.close(), ext.close()]);
  });

  it('opens the card on a click on a highlight, moves focus into it, and closes it on Escape', async () => {
    const page = await open('/clean/alyaum.html');
    await waitForHighlight(page, 'hamish-country');
    const point = await page.evaluate(() => {
      for (const r of CSS.highlights.get('hamish-country') as unknown as Iterable<Range>) {
        if (r.toString() !== 'إيران') continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        if (!rect || rect.width === 0 || rect.top < 0 || rect.bottom > innerHeight) continue;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point?.x as number, point?.y as number);
    await page.waitForSelector('hamish-card', { timeout: 20_000 });
    // The card's shadow root is closed: page code sees the host and nothing inside it.
    expect(await page.evaluate(() => document.querySelector('hamish-card')?.shadowRoot ?? null)).toBeNull();
    await page.waitForFunction(() => document.activeElement?.localName === 'hamish-card', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('hamish-card') === null, { timeout: 10_000 });
    expect(await page.evaluate(bodyMatches, ALYAUM)).toBe(true);
    await page.close();
  });

  it('keeps the history: the history view lists both articles visited', async () => {
    const titles: string[] = [];
    for (const path of ['/clean/alyaum.html', '/clean/bbc.html']) {
      const page = await open(path);
      await waitForHighlight(page, 'hamish-country');
      titles.push((await page.title()).trim());
      await page.close();
    }
    const history = await ff.browser.newPage();
    await openExtensionPage(history, `${ff.origin}/popup.html#history`);
    await history.waitForFunction(
      (want: string[]) => {
        const shown = [...document.querySelectorAll('[data-list="pages"] .hrow .title')].map((e) => e.textContent);
        return want.every((t) => shown.includes(t));
      },
      { timeout: 30_000, polling: 200 },
      titles,
    );
    await history.close();
  });
});
