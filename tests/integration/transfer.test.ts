import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HamishDb } from '@/utils/db/schema';
import { recordVisit } from '@/utils/db/pages-repo';
import { exportHistory, importChunks, parseHistoryFile, type HistoryFile } from '@/utils/db/transfer';
import { findPageIds } from '@/utils/db/history-query';
import { dispatchMessage } from '@/entrypoints/background/dispatch';
import { historyDb } from '@/utils/db/connection';
import { erdogan, freshDb, quoteOf, russia, russian, summary, turkey } from './support/history';

const T0 = Date.UTC(2024, 4, 10);
let source: HamishDb;

beforeEach(async () => {
  source = freshDb();
  await recordVisit(source, summary('https://x.example/a', { title: 'الأول', entities: [erdogan, turkey, russian] }), T0);
  await recordVisit(source, summary('https://x.example/a'.concat('?utm_source=x'), { title: 'الأول', entities: [erdogan, turkey, russian] }), T0 + 5);
  await recordVisit(source, summary('https://x.example/b', { title: 'الثاني', entities: [russia], quotes: [quoteOf('أ'), quoteOf('ب', null)] }), T0 + 10);
  await source.settings.put({ key: 'settings', paused: false, retentionDays: 90, recordPrivate: true });
});
afterEach(() => source.close());

const fromPopup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const importMessage = (pages: HistoryFile['pages']) => dispatchMessage({ hamish: 1, type: 'importHistory', data: { pages } }, fromPopup);

/** Everything a reader could see of a history, without ids. */
async function snapshot(db: HamishDb) {
  const pages = await db.pages.orderBy('url').toArray();
  return Promise.all(
    pages.map(async ({ id, ...p }) => ({
      ...p,
      mentions: (await db.mentions.where('pageId').equals(id).sortBy('entity')).map(({ pageId: _p, ...m }) => m),
      quotes: (await db.quotes.where('pageId').equals(id).sortBy('order')).map(({ id: _i, pageId: _p, ...q }) => q),
      terms: (await db.terms.get(id))?.tokens.sort(),
    })),
  );
}

describe('export and import', () => {
  it('round-trips the whole history through a JSON file and the import message', async () => {
    const progress: Array<[number, number]> = [];
    const file = await exportHistory(source, T0 + 100, (d, t) => progress.push([d, t]));
    expect(file).toMatchObject({ format: 'hamish-history', version: 1, exportedAt: T0 + 100, settings: { retentionDays: 90 } });
    expect(file.pages.map((p) => [p.url, p.visits])).toEqual([['https://x.example/b', 1], ['https://x.example/a', 2]]);
    expect(progress).toEqual([[2, 2]]);

    const parsed = parseHistoryFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const chunk of importChunks(parsed.file.pages, 1)) expect(await importMessage(chunk)).toMatchObject({ ok: true, value: { added: 1 } });
    expect(await snapshot(historyDb())).toEqual(await snapshot(source));
    expect(await historyDb().entities.get('RU')).toMatchObject({ name: 'روسيا' });
  });

  it('imports the same file twice without changing anything', async () => {
    const file = await exportHistory(source, T0);
    await importMessage(file.pages);
    const once = await snapshot(historyDb());
    expect(await importMessage(file.pages)).toEqual({ ok: true, value: { added: 0, updated: 0 } });
    expect(await snapshot(historyDb())).toEqual(once);
  });

  it('merges with pages already stored: the newer analysis wins and visits are kept', async () => {
    const file = await exportHistory(source, T0);
    await recordVisit(historyDb(), summary('https://x.example/b', { title: 'أحدث' }), T0 + 1000);
    await importMessage(file.pages);
    const b = await historyDb().pages.where('url').equals('https://x.example/b').first();
    expect(b).toMatchObject({ title: 'أحدث', firstVisit: T0 + 10, lastVisit: T0 + 1000 });
    expect(await findPageIds(historyDb())).toHaveLength(2);
  });

  it('merges the same page listed twice in one file', async () => {
    const file = await exportHistory(source, T0);
    const b = file.pages.find((p) => p.url === 'https://x.example/b')!;
    const older = { ...b, title: 'قديم', firstVisit: T0 - 50, lastVisit: T0 - 40, visits: 4 };
    expect(await importMessage([b, older])).toEqual({ ok: true, value: { added: 1, updated: 0 } });
    expect(await historyDb().pages.toArray()).toMatchObject([{ title: 'الثاني', firstVisit: T0 - 50, lastVisit: T0 + 10, visits: 4 }]);
  });

  it('splits pages into import messages the background accepts', () => {
    const pages = Array.from({ length: 1201 }, (_, i) => ({ url: `https://x.example/${i}` }) as HistoryFile['pages'][number]);
    expect(importChunks(pages, 500).map((c) => c.length)).toEqual([500, 500, 201]);
  });
});

describe('a corrupt or hostile file', () => {
  const valid = async () => JSON.parse(JSON.stringify(await exportHistory(source, T0))) as Record<string, any>;

  it.each([
    ['not JSON', () => '{"format": "hamish-history", "pages": [', 'not-json'],
    ['another format', async () => JSON.stringify({ ...(await valid()), format: 'something-else' }), 'invalid'],
    ['a future version', async () => JSON.stringify({ ...(await valid()), version: 2 }), 'invalid'],
    ['pages that are not a list', async () => JSON.stringify({ ...(await valid()), pages: { 0: {} } }), 'invalid'],
    ['a page with a javascript: URL', async () => {
      const f = await valid();
      f.pages[0].url = 'javascript:alert(1)';
      return JSON.stringify(f);
    }, 'invalid'],
    ['an enormous title', async () => {
      const f = await valid();
      f.pages[0].title = 'x'.repeat(100_000);
      return JSON.stringify(f);
    }, 'invalid'],
    ['a negative visit count', async () => {
      const f = await valid();
      f.pages[1].visits = -3;
      return JSON.stringify(f);
    }, 'invalid'],
    ['an entity of an unknown type', async () => {
      const f = await valid();
      f.pages[1].entities[0].type = 'script';
      return JSON.stringify(f);
    }, 'invalid'],
    ['a bare array', () => '[]', 'invalid'],
    ['null', () => 'null', 'invalid'],
  ])('%s is refused', async (_label, make, reason) => {
    const res = parseHistoryFile(await make());
    expect(res).toMatchObject({ ok: false, refusal: { reason } });
  });

  it('names where a file is wrong', async () => {
    const f = await valid();
    f.pages[1].visits = -3;
    expect(parseHistoryFile(JSON.stringify(f))).toMatchObject({ ok: false, refusal: { reason: 'invalid', where: 'pages.1.visits' } });
  });

  it('drops keys it does not know, prototype keys included', async () => {
    const f = await valid();
    const text = JSON.stringify(f).replace('"format"', '"__proto__":{"polluted":true},"extra":1,"format"');
    const res = parseHistoryFile(text);
    expect(res.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (res.ok) expect(Object.keys(res.file).sort()).toEqual(['exportedAt', 'format', 'pages', 'settings', 'version']);
  });

  it('a chunk that fails validation in the background changes nothing', async () => {
    const f = await valid();
    f.pages[1].entities[0].mentions = 'many';
    expect(await importMessage(f.pages)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid importHistory/) });
    expect(await historyDb().pages.count()).toBe(0);
  });
});
