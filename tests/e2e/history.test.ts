import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BUILD_DIRS } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

let ext: ExtensionBrowser;

const page = (url: string, title: string, entities: unknown[], quotes: unknown[] = []) => ({
  url,
  title,
  publishedAt: null,
  detection: { arabic: true, news: true, confidence: 0.9, reasons: ['arabic-text', 'newsarticle-metadata'] },
  entities,
  quotes,
});
const ERDOGAN = { entity: 'p:رجب طيب اردوغان', type: 'person', name: 'رجب طيب أردوغان', mentions: 3 };
const PAGE_A = page('https://news.example/a?utm_source=x', 'أردوغان يزور أمريكا', [ERDOGAN, { entity: 'US', type: 'country', name: 'الولايات المتحدة', mentions: 2 }], [
  { text: 'زيارة مهمة', speaker: 'أردوغان', speakerEntity: ERDOGAN.entity, confidence: 0.9 },
]);
const PAGE_B = page('https://www.other.example/b', 'قمة عربية في الرياض', [{ entity: 'SA', type: 'country', name: 'السعودية', mentions: 4 }]);

async function openHistory(): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.extensionId}/popup.html#history`);
  await p.waitForSelector('[role="tabpanel"]');
  return p;
}

/** Sends a message to the background from an extension page, as the content script will. */
function send(p: Page, type: string, data: unknown): Promise<any> {
  return p.evaluate(([type, data]) => chrome.runtime.sendMessage({ hamish: 1, type, data }), [type, data] as const);
}

const titles = (p: Page) => p.$$eval('[data-list="pages"] .hrow .title', (els) => els.map((e) => e.textContent));

async function waitForTitles(p: Page, want: string[]): Promise<void> {
  await p.waitForFunction(
    (w) => JSON.stringify([...document.querySelectorAll('[data-list="pages"] .hrow .title')].map((e) => e.textContent)) === JSON.stringify(w),
    want,
    { timeout: 10_000 },
  );
}

/**
 * Launches Chromium with the extension; a second attempt covers a start that finds the build
 * directory being rewritten by a concurrent `wxt build` (the worker then never registers).
 */
async function launch(opts: { profileDir?: string } = {}): Promise<ExtensionBrowser> {
  try {
    return await launchWithExtension(BUILD_DIRS.chrome, opts);
  } catch (err) {
    if (!String(err).includes('serviceworker')) throw err;
    return launchWithExtension(BUILD_DIRS.chrome, opts);
  }
}

beforeAll(async () => {
  ext = await launch();
});
afterAll(async () => {
  await ext?.close();
});

describe('the reading history in Chromium', () => {
  it('records two pages and lists both by title, newest first', async () => {
    const p = await openHistory();
    // The panel shows before its first query answers: wait for the empty history's words.
    await p.waitForFunction(() => document.querySelector('[role="tabpanel"]')?.textContent?.includes('لا صفحات في السجل بعد'), null, { timeout: 15_000 });
    expect(await send(p, 'recordPageVisit', PAGE_A)).toMatchObject({ ok: true, value: { recorded: true, visits: 1 } });
    expect(await send(p, 'recordPageVisit', PAGE_B)).toMatchObject({ ok: true, value: { recorded: true, visits: 1 } });
    // The list follows the background's writes by itself (Dexie live queries across contexts).
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    expect(await p.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await p.close();
  });

  it('searches with Arabic folding: امريكا finds أمريكا, a quotation finds its page', async () => {
    const p = await openHistory();
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.fill('input[type="search"]', 'امريكا');
    await waitForTitles(p, [PAGE_A.title]);
    await p.fill('input[type="search"]', 'مهمة');
    await waitForTitles(p, [PAGE_A.title]);
    await p.fill('input[type="search"]', 'الرياض');
    await waitForTitles(p, [PAGE_B.title]);
    await p.fill('input[type="search"]', '');
    await p.selectOption('select[name="site"]', 'other.example');
    await waitForTitles(p, [PAGE_B.title]);
    await p.close();
  });

  it('still lists both pages after the browser restarts with the same profile', async () => {
    const profileDir = ext.profileDir;
    await ext.close({ keepProfile: true });
    ext = await launch({ profileDir });
    const p = await openHistory();
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.close();
  });

  it('exports, deletes one page, and imports the export back', async () => {
    const p = await openHistory();
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.click('[data-tab="settings"]');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-action="export"]')]);
    const file = join(ext.profileDir, 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'hamish-history', version: 1 });
    expect(exported.pages.map((x: { title: string }) => x.title)).toEqual([PAGE_B.title, PAGE_A.title]);
    expect(exported.pages[1].url).toBe('https://news.example/a');

    await p.click('[data-tab="pages"]');
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.click(`[data-list="pages"] .hrow:has-text("${PAGE_B.title}") .delete`);
    await waitForTitles(p, [PAGE_A.title]);

    await p.click('[data-tab="settings"]');
    await p.setInputFiles('input[type="file"]', file);
    // The export's own "done" line stays until the import replaces it: wait for the import's.
    await p.waitForSelector('[data-transfer="done"]:has-text("استُورد")');
    expect(await p.textContent('[data-transfer="done"]')).toMatch(/جديدة 1،/);
    await p.click('[data-tab="pages"]');
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.close();
  });

  it('refuses a corrupt file with a clear message and changes nothing', async () => {
    const p = await openHistory();
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.click('[data-tab="settings"]');
    const bad = join(ext.profileDir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'hamish-history', version: 1, exportedAt: 1, pages: [{ url: 'javascript:alert(1)' }] }));
    await p.setInputFiles('input[type="file"]', bad);
    await p.waitForSelector('[data-transfer="error"]');
    expect(await p.textContent('[data-transfer="error"]')).toMatch(/لم يتغير شيء/);
    await p.click('[data-tab="pages"]');
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.close();
  });

  it('shows an entity with its pages, quotations and chart, and clears everything when confirmed', async () => {
    const p = await openHistory();
    await waitForTitles(p, [PAGE_B.title, PAGE_A.title]);
    await p.click(`.chip:has-text("${ERDOGAN.name}")`);
    await p.waitForSelector('#entity-name');
    expect(await p.textContent('#entity-name')).toBe(ERDOGAN.name);
    expect(await p.textContent('.entity-quotes')).toContain('زيارة مهمة');
    expect(await p.$$eval('.chart rect[data-mentions="3"]', (r) => r.length)).toBe(1);
    await p.click('[data-tab="settings"]');
    await p.click('[data-action="clear"]');
    await p.click('[data-action="clear-yes"]');
    await p.click('[data-tab="pages"]');
    await p.waitForSelector('text=لا صفحات في السجل بعد');
    expect(await titles(p)).toEqual([]);
    await p.close();
  });
});
