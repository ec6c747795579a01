import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { BUILD_DIRS, ROOT } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { openPopup, tabIdOf } from './support/extension';

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

describe('the popup of an annotated article', () => {
  it('lists what the page contains, switches a highlight type off and on, and records the visit', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/pages/ar_news/02_arabic.cnn.com_ar.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(ext, url);
    await page.waitForFunction(() => CSS.highlights.has('hamish-quote'), null, { timeout: 30_000 });

    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('.entity-list[data-kind="country"] .item');
    expect(await popup.getAttribute('[data-verdict]', 'data-state')).toBe('annotated');
    expect(await popup.$$eval('[data-reason]', (li) => li.map((x) => x.textContent))).toContain('نص عربي');
    const mentions = await popup.$$eval('.entity-list[data-kind="country"] .mentions', (els) => els.map((e) => Number(e.textContent)));
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

    await popup.click('input[role="switch"][name="quote"]');
    await page.waitForFunction(() => !CSS.highlights.has('hamish-quote'));
    await popup.click('input[role="switch"][name="quote"]');
    await page.waitForFunction(() => CSS.highlights.has('hamish-quote'));

    // The content script recorded the visit: the history lists the page by its title.
    const history = await ext.context.newPage();
    await history.goto(`chrome-extension://${ext.extensionId}/popup.html#history`);
    const title = await page.title();
    await history.waitForFunction((t) => [...document.querySelectorAll('.hrow .title')].some((a) => a.textContent === t.trim()), title, { timeout: 20_000 });
    await Promise.all([history.close(), popup.close(), page.close()]);
  });
});
