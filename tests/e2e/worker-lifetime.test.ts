import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIRS, ROOT } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { controlWorker, storedPageUrls, type WorkerControl } from './support/cdp-worker';
import { serveFixtures, type FixtureServer } from './support/server';
import { askContentScript } from './support/extension';

// The browser stops an MV3 service worker whenever it likes (idle for 30 s, or at once under
// memory pressure). Here it is stopped through the DevTools protocol between and during writes:
// no acknowledged visit may be lost, and nothing the popup needs may live only in its memory.

let ext: ExtensionBrowser;
let server: FixtureServer;
let control: WorkerControl;
/** An extension page that sends messages and reads the database, as the popup does. */
let ui: Page;

const visit = (n: number, group: string) => ({
  url: `https://news.example/${group}/${n}`,
  title: `زيارة ${group} رقم ${n}`,
  publishedAt: null,
  detection: { arabic: true, news: true, confidence: 0.9, reasons: ['arabic-text'] },
  entities: [
    { entity: 'EG', type: 'country', name: 'مصر', mentions: 1 + (n % 5) },
    { entity: `p:شخص ${n % 17}`, type: 'person', name: `شخص ${n % 17}`, mentions: 2 },
  ],
  quotes: [{ text: `قول رقم ${n} في ${group}`, speaker: null, speakerEntity: null, confidence: 0.8 }],
});

/** Sends one message to the background from the extension page, as the content script does. */
function send(type: string, data: unknown): Promise<any> {
  return ui.evaluate(([t, d]) => chrome.runtime.sendMessage({ hamish: 1, type: t, data: d }), [type, data] as const);
}

async function record(from: number, to: number, group: string): Promise<void> {
  for (let n = from; n < to; n++) {
    expect(await send('recordPageVisit', visit(n, group))).toMatchObject({ ok: true, value: { recorded: true, visits: 1 } });
  }
}

/** The tab showing `url`, from what its content script reported (read from an extension page). */
async function tabIdOf(url: string): Promise<number> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await ui.waitForTimeout(100)) {
    const id = await ui.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as { check?: { url?: string } }).check?.url === u);
      return hit ? Number(hit[0].slice(4)) : null;
    }, url);
    if (id !== null) return id;
  }
  throw new Error(`no tab reported ${url}`);
}

const urls = (from: number, to: number, group: string) => Array.from({ length: to - from }, (_, i) => visit(from + i, group).url);

beforeAll(async () => {
  server = await serveFixtures(join(ROOT, 'tests/fixtures'));
  ext = await launchWithExtension(BUILD_DIRS.chrome);
  ui = await ext.context.newPage();
  // A tab id that does not exist: the popup shows no tab, and opens no database by itself.
  await ui.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=999999`);
  control = await controlWorker(ext, ui);
  await control.waitFor('running');
});
afterAll(async () => {
  await control?.close();
  await ext?.close();
  await server?.close();
});

describe('the service worker stopped by the browser', () => {
  it('loses no visit recorded before a stop, and records the next ones after it', async () => {
    await record(0, 5, 'between');
    const starts = control.starts();
    await control.stop();
    await record(5, 10, 'between');
    // The writes after the stop were served by a new worker, which started from nothing.
    expect(control.starts()).toBe(starts + 1);
    await control.stop();
    await record(10, 12, 'between');
    expect(control.starts()).toBe(starts + 2);
    expect((await storedPageUrls(ui)).sort()).toEqual(urls(0, 12, 'between').sort());

    // The history view, opened after yet another stop, lists them all.
    await control.stop();
    const history = await ext.context.newPage();
    await history.goto(`chrome-extension://${ext.extensionId}/popup.html#history`);
    await history.waitForFunction(() => /\b12\b|١٢/.test(document.querySelector('[role="status"]')?.textContent ?? ''), undefined, { timeout: 15_000 });
    await history.close();
  });

  it('keeps every acknowledged visit when it is stopped while visits are in flight', async () => {
    const N = 150;
    const before = control.starts();
    const summaries = Array.from({ length: N }, (_, n) => visit(n, 'inflight'));
    // All sent at once from the page; the replies land in window.__replies as they come.
    await ui.evaluate((all) => {
      const w = window as unknown as { __replies: Array<{ url: string; ok: boolean; error?: string }> };
      w.__replies = [];
      for (const data of all) {
        chrome.runtime.sendMessage({ hamish: 1, type: 'recordPageVisit', data }).then(
          (r: { ok: boolean; error?: string }) => w.__replies.push({ url: data.url, ok: r?.ok === true, error: r?.error }),
          (e: unknown) => w.__replies.push({ url: data.url, ok: false, error: String(e) }),
        );
      }
    }, summaries);
    const replied = () => ui.evaluate(() => (window as unknown as { __replies: unknown[] }).__replies.length);
    await ui.waitForFunction(() => (window as unknown as { __replies: unknown[] }).__replies.length >= 10, undefined, { timeout: 30_000 });
    await control.stop();
    await ui.waitForFunction((n) => (window as unknown as { __replies: unknown[] }).__replies.length === n, N, { timeout: 30_000 });
    expect(await replied()).toBe(N);
    const replies = await ui.evaluate(() => (window as unknown as { __replies: Array<{ url: string; ok: boolean; error?: string }> }).__replies);
    const acked = replies.filter((r) => r.ok).map((r) => r.url);
    const unacked = replies.filter((r) => !r.ok);
    // The stop really came while visits were in flight.
    expect(acked.length).toBeGreaterThanOrEqual(10);
    expect(unacked.length).toBeGreaterThan(0);
    // Messages still queued when it stopped may have woken a new worker.
    expect(control.starts()).toBeLessThanOrEqual(before + 1);

    // Wake the worker with one more visit, then read the database.
    await record(0, 1, 'after-stop');
    const stored = new Set(await storedPageUrls(ui));
    expect(acked.filter((u) => !stored.has(u))).toEqual([]);
    const unackedStored = unacked.filter((r) => stored.has(r.url)).length;
    console.info(
      `worker stopped during ${N} concurrent visits: ${acked.length} acknowledged (all stored), ` +
        `${unacked.length} unacknowledged (${unackedStored} stored anyway, ${unacked.length - unackedStored} lost); ` +
        `first error: ${unacked[0]?.error}`,
    );
    // Nothing is half-written: a stored page has its mentions and quotation (one transaction per visit).
    const partial = await ui.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('hamish-history');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(['pages', 'mentions', 'quotes']);
            const pages = tx.objectStore('pages').getAll();
            const mentions = tx.objectStore('mentions').getAll();
            const quotes = tx.objectStore('quotes').getAll();
            tx.oncomplete = () => {
              const m = new Map<number, number>();
              for (const x of mentions.result as Array<{ pageId: number }>) m.set(x.pageId, (m.get(x.pageId) ?? 0) + 1);
              const q = new Set((quotes.result as Array<{ pageId: number }>).map((x) => x.pageId));
              db.close();
              resolve((pages.result as Array<{ id: number }>).filter((p) => m.get(p.id) !== 2 || !q.has(p.id)).length);
            };
          };
        }),
    );
    expect(partial).toBe(0);
  });

  it('is not started by a page Hamish leaves alone, and is by an Arabic one', async () => {
    await control.stop();
    const starts = control.starts();
    const page = await ext.context.newPage();
    const url = `${server.origin}/pages/neg_other_lang/L2_nytimes-1_en.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // The content script answers (from the extension page, as the popup asks): its gate has run.
    let asked: Awaited<ReturnType<typeof askContentScript>> = null;
    for (const deadline = Date.now() + 20_000; !asked && Date.now() < deadline; await ui.waitForTimeout(100)) asked = await askContentScript(ui, url);
    expect(asked?.answer).toMatchObject({ detection: { arabic: false }, annotated: false });
    await ui.waitForTimeout(500);
    expect(control.starts()).toBe(starts);
    await page.goto(`${server.origin}/pages/ar_news/09_akhbarelyom.com_ar.html`, { waitUntil: 'domcontentloaded' });
    await tabIdOf(page.url());
    expect(control.starts()).toBe(starts + 1);
    await page.close();
  });

  it('keeps per-tab state outside the worker: the popup still gets a tab verdict after a stop', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/pages/ar_news/06_almadenahnews.com_ar.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const id = await tabIdOf(url);
    const starts = control.starts();
    await control.stop();
    // What the popup asks the background when the page's content script does not answer.
    const state = await send('getTabState', { tabId: id });
    expect(state).toMatchObject({ ok: true, value: { check: { url, script: 'arabic', handled: true } } });
    expect(control.starts()).toBe(starts + 1);
    // And the popup itself, opened for that tab after one more stop, shows the page's verdict.
    await control.stop();
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${id}`);
    await popup.waitForSelector('[data-verdict]', { timeout: 15_000 });
    await Promise.all([popup.close(), page.close()]);
  });
});
