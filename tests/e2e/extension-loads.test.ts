import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { BUILD_DIRS, ROOT } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { openPopup, sendToTab, tabIdOf, waitForTabState } from './support/extension';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures(join(ROOT, 'tests/fixtures'));
  ext = await launchWithExtension(BUILD_DIRS.chrome);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('has a service worker and an id', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('acts on an Arabic article and reports it to the background', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/pages/ar_news/08_youm7.com_ar.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const state = await waitForTabState(ext, await tabIdOf(ext, url));
    expect(state.check.script).toBe('arabic');
    expect(state.check.handled).toBe(true);
    await page.close();
  });

  it('leaves an English article alone, and tells the background nothing about it', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/pages/neg_other_lang/L1_bbc-1_en.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(ext, url);
    const answer = (await sendToTab(ext, page, 'getPageAnnotations')) as { detection: { arabic: boolean; reasons: string[] }; annotated: boolean };
    expect(answer.detection).toMatchObject({ arabic: false, reasons: ['other'] });
    expect(answer.annotated).toBe(false);
    await page.waitForTimeout(300);
    const worker = await ext.worker();
    expect(await worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId)).toBeNull();
    await page.close();
  });

  it('renders the popup in Arabic, right to left, with the verdict for the tab', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/pages/ar_news/02_arabic.cnn.com_ar.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(ext, url);
    await waitForTabState(ext, tabId);
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-verdict="arabic"]');
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await popup.textContent('h1')).toBe('هامش');
    await popup.close();
    await page.close();
  });

  it('speaks English, left to right, in an English browser', async () => {
    const english = await launchWithExtension(BUILD_DIRS.chrome, { locale: 'en' });
    try {
      const page = await english.context.newPage();
      const url = `${server.origin}/pages/neg_other_lang/L3_lemonde-1_fr.html`;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const popup = await openPopup(english, await tabIdOf(english, url));
      await popup.waitForSelector('[data-verdict="skipped"]');
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe('ltr');
      expect(await popup.textContent('h1')).toBe('Hamish');
      expect(await popup.textContent('[data-verdict]')).toMatch(/Not an Arabic page/);
    } finally {
      await english.close();
    }
  });
});
