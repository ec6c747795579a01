import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIRS } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { dumpHistory, storedPageUrls } from './support/cdp-worker';
import { articlePage } from './support/hostile-pages';
import { serveFixtures, type FixtureServer } from './support/server';
import { waitForHighlights } from './support/page-state';
import { ROOT } from './support/build';

// What the reader sees when the history's database fails — an upgrade blocked by an older open
// version, a full disk, a corrupt import, a database newer than the extension — and that nothing
// already stored is lost and the page is annotated all the same. The tests run in order on one
// profile: the first needs a database that does not exist yet.

let ext: ExtensionBrowser;
let server: FixtureServer;
/** An extension page that opens no database by itself (the popup for a tab that does not exist). */
let ui: Page;

const summary = (url: string, title: string) => ({
  url,
  title,
  publishedAt: null,
  detection: { arabic: true, news: true, confidence: 0.9, reasons: ['arabic-text'] },
  entities: [{ entity: 'SA', type: 'country', name: 'السعودية', mentions: 2 }],
  quotes: [{ text: 'قول محفوظ', speaker: null, speakerEntity: null, confidence: 0.7 }],
});

function send(type: string, data: unknown): Promise<any> {
  return ui.evaluate(([t, d]) => chrome.runtime.sendMessage({ hamish: 1, type: t, data: d }), [type, data] as const);
}

async function openHistory(): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.extensionId}/popup.html#history`);
  return p;
}

/** Waits until the history view lists exactly these titles (in any order). */
async function waitForTitles(p: Page, want: string[]): Promise<void> {
  await p.waitForFunction(
    (w) => {
      const shown = [...document.querySelectorAll('[data-list="pages"] .hrow .title')].map((e) => e.textContent ?? '');
      return shown.length === w.length && w.every((t) => shown.includes(t));
    },
    want,
    { timeout: 15_000 },
  );
}

/** Opens a generated Arabic article and waits for its highlights. */
async function readArticle(path: string, title: string): Promise<Page> {
  server.route(path, articlePage({ title }));
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  await waitForHighlights(page, 'hamish-country', 1, 30_000);
  return page;
}

beforeAll(async () => {
  server = await serveFixtures(`${ROOT}/tests/fixtures`);
  ext = await launchWithExtension(BUILD_DIRS.chrome);
  ui = await ext.context.newPage();
  await ui.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=999999`);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const OLD_TITLE = 'صفحة حفظها الإصدار الأول';
const BLOCKED_TITLE = 'مقال قرئ والسجل محجوز';

describe('history database faults', () => {
  it('an upgrade blocked by an older open version: the reader is told, the page is annotated, nothing is lost', async () => {
    // Another page of an older Hamish holds the version 1 database open and ignores requests to close.
    await ui.evaluate(
      (title) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('hamish-history', 10);
          req.onupgradeneeded = () => {
            const db = req.result;
            const pages = db.createObjectStore('pages', { keyPath: 'id', autoIncrement: true });
            pages.createIndex('url', 'url', { unique: true });
            pages.createIndex('lastVisit', 'lastVisit');
            pages.createIndex('site', 'site');
            db.createObjectStore('entities', { keyPath: 'id' }).createIndex('type', 'type');
            const mentions = db.createObjectStore('mentions', { keyPath: ['pageId', 'entity'] });
            mentions.createIndex('pageId', 'pageId');
            mentions.createIndex('entity', 'entity');
            mentions.createIndex('[entity+visitedAt]', ['entity', 'visitedAt']);
            mentions.createIndex('visitedAt', 'visitedAt');
            const quotes = db.createObjectStore('quotes', { keyPath: 'id', autoIncrement: true });
            for (const k of ['pageId', 'speakerEntity', 'visitedAt']) quotes.createIndex(k, k);
            db.createObjectStore('settings', { keyPath: 'key' });
            const at = Date.now() - 60_000;
            const counts = { person: 0, country: 1, demonym: 0, place: 0, organization: 0, quote: 0 };
            pages.add({ url: 'https://old.example/a', title, site: 'old.example', publishedAt: null, firstVisit: at, lastVisit: at, visits: 2, counts });
            req.transaction?.objectStore('entities').add({ id: 'EG', type: 'country', name: 'مصر', demonym: false });
            mentions.add({ pageId: 1, entity: 'EG', type: 'country', name: 'مصر', count: 1, demonyms: 0, role: null, visitedAt: at });
          };
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const w = window as unknown as { __old: IDBDatabase; __asked: number[] };
            w.__old = req.result;
            w.__asked = [];
            req.result.onversionchange = (e) => void w.__asked.push(e.newVersion ?? 0);
            resolve();
          };
        }),
      OLD_TITLE,
    );

    // A news article read meanwhile: painted, and its visit waits for the database.
    const article = await readArticle('/blocked/article.html', BLOCKED_TITLE);
    await ui.waitForFunction(() => (window as unknown as { __asked: number[] }).__asked.includes(20), undefined, { timeout: 15_000 });

    const history = await openHistory();
    await history.waitForSelector('[data-problem="blocked"]', { timeout: 15_000 });
    expect(await history.textContent('[data-problem="blocked"]')).toContain('أغلق صفحات هامش الأخرى');

    // The older version closes: the upgrade runs, the waiting visit is written, the view opens.
    await ui.evaluate(() => (window as unknown as { __old: IDBDatabase }).__old.close());
    await waitForTitles(history, [OLD_TITLE, BLOCKED_TITLE]);
    expect(await history.$('[data-problem]')).toBeNull();
    const dump = await dumpHistory(ui);
    expect(dump.terms?.length).toBe(2);
    await Promise.all([history.close(), article.close()]);
  });
});
