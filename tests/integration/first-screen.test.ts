import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HamishDb, PageRow } from '@/utils/db/schema';
import { readFirstScreen } from '@/utils/db/first-screen';
import { newestPages } from '@/utils/db/history-query';
import { deletePages, recordVisit } from '@/utils/db/pages-repo';
import { freshDb, summary } from './support/history';

const T0 = Date.UTC(2024, 4, 1, 12);
const HOUR = 3_600_000;

let db: HamishDb;
beforeEach(async () => {
  db = freshDb();
  // Visits out of order, and a revisit that moves the first page to the top.
  for (const [i, hour] of [[1, 5], [2, 1], [3, 9], [4, 3], [1, 12]] as const) {
    await recordVisit(db, summary(`https://news.example/${i}`, { title: `صفحة ${i}` }), T0 + hour * HOUR);
  }
});
afterEach(() => db.close());

const titles = (rows: Array<{ title: string }> | null) => rows?.map((r) => r.title) ?? null;
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('readFirstScreen (plain IndexedDB, before Dexie opens)', () => {
  it('reads the newest pages, newest visit first, as Dexie does', async () => {
    db.close();
    const rows = await readFirstScreen(3, indexedDB, db.name);
    expect(titles(rows)).toEqual(['صفحة 1', 'صفحة 3', 'صفحة 4']);
    await db.open();
    expect(rows).toEqual(await newestPages(db, 3));
  });

  it('leaves out a page deleted since, and reads no further than the history', async () => {
    const [gone] = await db.pages.where('url').equals('https://news.example/3').primaryKeys();
    await deletePages(db, [gone!]);
    expect(titles(await readFirstScreen(10, indexedDB, db.name))).toEqual(['صفحة 1', 'صفحة 4', 'صفحة 2']);
  });

  it('gives null and creates nothing when there is no history database yet', async () => {
    const name = `${db.name}-absent`;
    expect(await readFirstScreen(5, indexedDB, name)).toBeNull();
    expect(await exists(name)).toBe(false);
    // Dexie then creates it as usual.
    const created = freshDb();
    await created.open();
    expect(created.verno).toBe(4);
    created.close();
  });

  it('gives null on a database that still waits for its upgrade, and does not hold the upgrade back', async () => {
    const old = freshDb(3);
    await old.open();
    const counts = { person: 0, country: 0, demonym: 0, place: 0, organization: 0, quote: 0 };
    await old.pages.add({ id: 7, url: 'https://news.example/old', title: 'صفحة قديمة', site: 'news.example', publishedAt: null, firstVisit: T0, lastVisit: T0, visits: 1, counts, types: [], top: [] } as PageRow);
    old.close();
    expect(await readFirstScreen(5, indexedDB, old.name)).toBeNull();
    // Its connection is closed: the upgrade to the latest version is not blocked.
    const { HamishDb } = await import('@/utils/db/schema');
    const upgraded = new HamishDb(old.name);
    let blocked = false;
    upgraded.on('blocked', () => void (blocked = true));
    await upgraded.open();
    expect(blocked).toBe(false);
    expect(titles(await readFirstScreen(5, indexedDB, old.name))).toEqual(['صفحة قديمة']);
    upgraded.close();
  });

  it('gives null when the order row is missing (Dexie rebuilds it from the index)', async () => {
    await db.recency.delete('ids');
    expect(await readFirstScreen(5, indexedDB, db.name)).toBeNull();
  });

  it('gives null without IndexedDB or for an empty screen', async () => {
    expect(await readFirstScreen(5, null, db.name)).toBeNull();
    expect(await readFirstScreen(0, indexedDB, db.name)).toBeNull();
  });
});
