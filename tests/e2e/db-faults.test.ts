import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIRS } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { dumpHistory, storedPageUrls } from './support/cdp-worker';
import { articlePage } from './support/hostile-pages';
import { serveFixtures, type FixtureServer } from './support/server';
import { waitForHighlights } from './support/page-state';
import { ROOT } from './support/build';
import { LATEST_VERSION } from '@/utils/db/schema';

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
    // Dexie asks for version n as 10 n.
    await ui.waitForFunction((v) => (window as unknown as { __asked: number[] }).__asked.includes(v), LATEST_VERSION * 10, { timeout: 15_000 });

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
  it('a full disk: the visit fails with a clear message, older pages stay, the page is still painted', async () => {
    expect(await send('recordPageVisit', summary('https://news.example/before-full', 'صفحة قبل امتلاء القرص'))).toMatchObject({ ok: true });
    const worker = await ext.worker();
    // From now on every IndexedDB write in the background fails as on a full disk.
    await worker.evaluate(() => {
      const proto = IDBObjectStore.prototype;
      const saved = { put: proto.put, add: proto.add };
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      proto.put = full;
      proto.add = full;
      (self as unknown as { __roomAgain: () => void }).__roomAgain = () => Object.assign(proto, saved);
    });
    const before = await dumpHistory(ui);

    const reply = await send('recordPageVisit', summary('https://news.example/when-full', 'صفحة والقرص ممتلئ'));
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^quota: /);
    // A news article read now is painted all the same; its visit is not stored.
    const article = await readArticle('/full/article.html', 'مقال قرئ والقرص ممتلئ');
    await article.waitForTimeout(1500);

    // The reader's next change in the history view meets the full disk and is told so.
    const history = await openHistory();
    await waitForTitles(history, [OLD_TITLE, BLOCKED_TITLE, 'صفحة قبل امتلاء القرص']);
    await history.click('[data-tab="settings"]');
    await history.selectOption('select[name="retention"]', '365');
    await history.waitForSelector('[data-problem="quota"]');
    expect(await history.textContent('[data-problem="quota"]')).toContain('امتلأت مساحة التخزين');
    expect(await dumpHistory(ui)).toEqual(before);

    // Room again: the banner goes at the next write that succeeds, and visits are recorded.
    await worker.evaluate(() => (self as unknown as { __roomAgain: () => void }).__roomAgain());
    await history.selectOption('select[name="retention"]', '365');
    await history.waitForSelector('[data-problem]', { state: 'detached' });
    expect(await send('recordPageVisit', summary('https://news.example/when-full', 'صفحة والقرص ممتلئ'))).toMatchObject({ ok: true, value: { recorded: true } });
    expect((await storedPageUrls(ui)).sort()).toEqual(
      ['https://old.example/a', `${server.origin}/blocked/article.html`, 'https://news.example/before-full', 'https://news.example/when-full'].sort(),
    );
    await Promise.all([history.close(), article.close()]);
  });
  it('a corrupt import file: refused with a clear message before anything is written', async () => {
    const before = await dumpHistory(ui);
    const page = (n: number) => ({
      url: `https://import.example/${n}`,
      title: `صفحة مستوردة ${n}`,
      publishedAt: null,
      firstVisit: 1_700_000_000_000 + n,
      lastVisit: 1_700_000_000_000 + n,
      visits: 1,
      entities: [{ entity: 'EG', type: 'country', name: 'مصر', mentions: 1 }],
      quotes: [],
    });
    const file = (pages: unknown[]) => JSON.stringify({ format: 'hamish-history', version: 1, exportedAt: 1_700_000_000_000, pages });
    // 450 pages (three import requests of 200) and one bad page deep inside the third.
    const deep = Array.from({ length: 450 }, (_, n) => page(n));
    deep[420] = { ...page(420), visits: -3 };
    const cases: Array<[string, string, string]> = [
      ['truncated.json', file(deep).slice(0, 5000), 'ليس JSON صالحًا'],
      ['deep.json', file(deep), 'pages.420.visits'],
      ['other-format.json', JSON.stringify({ format: 'something-else', version: 1, exportedAt: 1, pages: [] }), 'تالف'],
      ['newer-version.json', JSON.stringify({ format: 'hamish-history', version: 2, exportedAt: 1, pages: [page(1)] }), 'تالف'],
      ['script-url.json', file([{ ...page(1), url: 'javascript:alert(1)' }]), 'تالف'],
      ['binary.json', '\u0000\u0001PK\u0003\u0004', 'ليس JSON صالحًا'],
    ];
    for (const [name, text, expected] of cases) {
      // A fresh view per file, so that the message read is this file's.
      const history = await openHistory();
      await history.waitForSelector('[data-list="pages"]');
      await history.click('[data-tab="settings"]');
      await history.setInputFiles('input[type="file"]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await history.waitForSelector('[data-transfer="error"]', { timeout: 10_000 });
      const message = (await history.textContent('[data-transfer="error"]')) ?? '';
      expect(message, name).toContain(expected);
      expect(message, name).toContain('لم يتغير شيء');
      await history.close();
    }
    // The same check stands behind the message itself: a bad page anywhere refuses the whole request.
    const reply = await send('importHistory', { pages: [page(1), { ...page(2), firstVisit: 'yesterday' }] });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.error).toMatch(/^invalid importHistory: pages\.1\.firstVisit/);
    expect(await dumpHistory(ui)).toEqual(before);
  });

  it('a newer Hamish upgrading the database: the open history lets it go, and reading and writing go on', async () => {
    const history = await openHistory();
    await history.waitForSelector('[data-list="pages"]');
    const count = await history.$$eval('[data-list="pages"] .hrow', (rows) => rows.length);
    // The background and this view hold the database open; the upgrade must not wait for them.
    const upgrade = await ui.evaluate(
      (newer) =>
        new Promise<{ blocked: boolean }>((resolve, reject) => {
          let blocked = false;
          const req = indexedDB.open('hamish-history', newer);
          req.onblocked = () => void (blocked = true);
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            req.result.close();
            resolve({ blocked });
          };
        }),
      (LATEST_VERSION + 1) * 10,
    );
    expect(upgrade).toEqual({ blocked: false });
    const article = await readArticle('/newer/article.html', 'مقال قرئ بعد الترقية');
    await history.waitForFunction((n) => document.querySelectorAll('[data-list="pages"] .hrow').length === n + 1, count, { timeout: 15_000 });
    expect(await history.$('[data-problem]')).toBeNull();
    expect(await send('recordPageVisit', summary('https://news.example/after-newer', 'صفحة بعد الترقية'))).toMatchObject({ ok: true, value: { recorded: true } });
    await history.waitForFunction((n) => document.querySelectorAll('[data-list="pages"] .hrow').length === n + 2, count, { timeout: 15_000 });
    await Promise.all([history.close(), article.close()]);
  });
});
