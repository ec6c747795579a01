import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DBCore, DBCoreTable } from 'dexie';
import { dispatchMessage } from '@/entrypoints/background/dispatch';
import { historyDb, historyProblem, setHistoryDb } from '@/utils/db/connection';
import { HamishDb } from '@/utils/db/schema';
import { erdogan, freshDb, summary, turkey } from './support/history';

const page = (tabId: number, incognito = false) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, incognito } as never,
  frameId: 0,
  url: `https://x.example/${tabId}`,
});
const extensionPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const send = (type: string, data: unknown, sender: object = page(1)) => dispatchMessage({ hamish: 1, type, data }, sender as never);

describe('recordPageVisit', () => {
  it('records a page and answers with its id and visit count', async () => {
    const reply = await send('recordPageVisit', summary('https://x.example/a'));
    expect(reply).toEqual({ ok: true, value: { recorded: true, pageId: expect.any(Number), visits: 1 } });
    expect(await historyDb().pages.count()).toBe(1);
  });

  it('records nothing and says so when the history is paused', async () => {
    expect(await send('updateSettings', { paused: true }, extensionPage())).toMatchObject({ ok: true, value: { paused: true } });
    expect(await send('recordPageVisit', summary('https://x.example/a'))).toEqual({ ok: true, value: { recorded: false, reason: 'paused' } });
    expect(await historyDb().pages.count()).toBe(0);
  });

  it('records a private window only when the reader allowed it', async () => {
    expect(await send('recordPageVisit', summary('https://x.example/a'), page(2, true))).toEqual({
      ok: true,
      value: { recorded: false, reason: 'private' },
    });
    expect(await historyDb().pages.count()).toBe(0);
    await send('updateSettings', { recordPrivate: true }, extensionPage());
    expect(await send('recordPageVisit', summary('https://x.example/a'), page(2, true))).toMatchObject({ ok: true, value: { recorded: true } });
  });

  it('refuses oversized or malformed summaries and stores nothing', async () => {
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ ...turkey, entity: `X${i}` }));
    for (const bad of [
      summary('https://x.example/a', { entities: tooMany }),
      summary('https://x.example/a', { title: 'x'.repeat(6000) }),
      summary('https://x.example/a', { quotes: [{ text: 'x', speaker: null, speakerEntity: null, confidence: 7 }] }),
      { ...summary('https://x.example/a'), entities: [{ ...erdogan, mentions: -1 }] },
      { ...summary('https://x.example/a'), url: 'not a url' },
      { ...summary('https://x.example/a'), entities: 'all of them' },
    ]) {
      expect(await send('recordPageVisit', bad)).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid recordPageVisit/) });
    }
    expect(await historyDb().pages.count()).toBe(0);
  });

  it('cuts an overlong title and quotation instead of losing the visit', async () => {
    const long = summary('https://x.example/a', { title: 'ع'.repeat(900), quotes: [{ text: 'ق'.repeat(3000), speaker: null, speakerEntity: null, confidence: 0.5 }] });
    expect(await send('recordPageVisit', long)).toMatchObject({ ok: true, value: { recorded: true } });
    expect((await historyDb().pages.toArray())[0]?.title).toHaveLength(500);
    expect((await historyDb().quotes.toArray())[0]?.text).toHaveLength(2000);
  });

  it('loses nothing when many tabs record at once', async () => {
    const urls = Array.from({ length: 40 }, (_, i) => `https://x.example/${i % 20}?utm_source=${i}`);
    const replies = await Promise.all(urls.map((u, i) => send('recordPageVisit', summary(u), page(i + 1))));
    expect(replies.every((r) => r?.ok)).toBe(true);
    const pages = await historyDb().pages.toArray();
    expect(pages).toHaveLength(20);
    expect(pages.every((p) => p.visits === 2)).toBe(true);
    expect(await historyDb().mentions.count()).toBe(20 * 4);
    expect(await historyDb().terms.count()).toBe(20);
  }, 30_000);

  it('prunes pages older than the retention period', async () => {
    await send('recordPageVisit', summary('https://x.example/old'));
    await historyDb().pages.toCollection().modify({ lastVisit: Date.now() - 100 * 86_400_000 });
    await send('updateSettings', { retentionDays: 30 }, extensionPage());
    expect(await historyDb().pages.count()).toBe(0);
  });
});

describe('getEntityPages', () => {
  it('lists the earlier pages of an entity without the current one (tracking parameters ignored)', async () => {
    await send('recordPageVisit', summary('https://x.example/a', { title: 'أ' }));
    await send('recordPageVisit', summary('https://x.example/b', { title: 'ب' }));
    const reply = await send('getEntityPages', { entity: erdogan.entity, excludeUrl: 'https://x.example/b?utm_medium=x#p' });
    expect(reply).toMatchObject({ ok: true, value: { total: 1, pages: [{ title: 'أ', url: 'https://x.example/a', mentions: 4 }] } });
    expect(await send('getEntityPages', { entity: 'p:nobody' })).toEqual({ ok: true, value: { total: 0, pages: [] } });
  });
});

describe('writes that belong to the extension pages', () => {
  it('deletes, clears and imports only for the extension pages', async () => {
    const rec = await send('recordPageVisit', summary('https://x.example/a'));
    const pageId = (rec as { value: { pageId: number } }).value.pageId;
    for (const [type, data] of [['deletePage', { pageId }], ['clearHistory', { confirm: true }], ['updateSettings', { paused: true }], ['importHistory', { pages: [] }]] as const) {
      expect(await send(type, data, page(3))).toMatchObject({ ok: false, error: expect.stringMatching(/extension's own pages/) });
    }
    expect(await historyDb().pages.count()).toBe(1);
    expect(await send('deletePage', { pageId }, extensionPage())).toEqual({ ok: true, value: { deleted: true } });
    expect(await send('deletePage', { pageId }, extensionPage())).toEqual({ ok: true, value: { deleted: false } });
  });

  it('clears only when confirmed', async () => {
    await send('recordPageVisit', summary('https://x.example/a'));
    expect(await send('clearHistory', {}, extensionPage())).toMatchObject({ ok: false });
    expect(await send('clearHistory', { confirm: true }, extensionPage())).toEqual({ ok: true, value: { deleted: 1 } });
  });
});

describe('a write that fails', () => {
  it('is reported as a readable quota error and leaves the stored pages intact', async () => {
    const db = freshDb();
    setHistoryDb(db);
    await send('recordPageVisit', summary('https://x.example/kept', { title: 'محفوظ' }));
    db.close();
    // The same database, reopened with a storage layer that refuses writes as a full disk does.
    const full = new HamishDb(db.name);
    full.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore) => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              req.type === 'add' && name === 'quotes' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
          };
        },
      }),
    });
    setHistoryDb(full);
    const reply = await send('recordPageVisit', summary('https://x.example/kept', { title: 'جديد', entities: [turkey] }));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^quota: /) });
    expect(historyProblem((reply as { error: string }).error)).toBe('quota');
    const pages = await full.pages.toArray();
    expect(pages.map((p) => [p.title, p.visits])).toEqual([['محفوظ', 1]]);
    expect(await full.mentions.count()).toBe(4);
    expect(await full.quotes.count()).toBe(1);
  });
});
