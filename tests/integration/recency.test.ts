import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HamishDb } from '@/utils/db/schema';
import { clearHistory, deletePages, importPages, prunePages, recordVisit } from '@/utils/db/pages-repo';
import { mergeRecency, readRecencyIds } from '@/utils/db/recency';
import { findPageIds } from '@/utils/db/history-query';
import { rng } from '../tools/rng';
import { freshDb, summary } from './support/history';

const T0 = Date.UTC(2024, 4, 1, 12);
const HOUR = 3_600_000;

let db: HamishDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** What the lastVisit index says: newest first, equal visits by larger id first. */
const indexOrder = async () => (await db.pages.orderBy('lastVisit').primaryKeys()).reverse();
const stored = async () => Array.from((await readRecencyIds(db.recency)) ?? []);

describe('mergeRecency', () => {
  const order = { ids: Uint32Array.of(5, 3, 4, 1), times: Float64Array.of(50, 30, 30, 10) };
  it('places added pages by visit, then by id, and leaves dropped ones out', () => {
    const out = mergeRecency(order, [{ id: 6, lastVisit: 30 }, { id: 2, lastVisit: 60 }, { id: 7, lastVisit: 5 }], new Set([4]));
    expect(Array.from(out.ids)).toEqual([2, 5, 6, 3, 1, 7]);
    expect(Array.from(out.times)).toEqual([60, 50, 30, 30, 10, 5]);
  });
  it('moves a revisited page (dropped and added back)', () => {
    const out = mergeRecency(order, [{ id: 1, lastVisit: 70 }], new Set([1]));
    expect(Array.from(out.ids)).toEqual([1, 5, 3, 4]);
  });
});

describe('the stored list order', () => {
  it('follows visits, revisits, imports of older pages, deletions, pruning and clearing', async () => {
    const r = rng(7);
    const url = () => `https://news.example/a/${Math.floor(r() * 40)}`;
    for (let step = 0; step < 60; step++) {
      const roll = r();
      if (roll < 0.5) await recordVisit(db, summary(url()), T0 + Math.floor(r() * 100) * HOUR);
      else if (roll < 0.7) {
        const pages = Array.from({ length: 3 }, () => {
          const lastVisit = T0 + Math.floor(r() * 100) * HOUR;
          return { ...summary(url()), firstVisit: lastVisit, lastVisit, visits: 1 };
        });
        await importPages(db, pages);
      } else if (roll < 0.85) {
        const ids = await db.pages.toCollection().primaryKeys();
        await deletePages(db, ids.filter(() => r() < 0.2));
      } else if (roll < 0.97) await prunePages(db, T0 + Math.floor(r() * 20) * HOUR);
      else await clearHistory(db);
      const want = await indexOrder();
      expect(await findPageIds(db)).toEqual(want);
      // The row itself, not only what the reader falls back to when it is missing.
      if (want.length) expect(await stored()).toEqual(want);
    }
    expect(await db.pages.count()).toBeGreaterThan(0);
  });

  it('is rebuilt from the index when the row is missing', async () => {
    await recordVisit(db, summary('https://news.example/1'), T0);
    await recordVisit(db, summary('https://news.example/2'), T0 + HOUR);
    await db.recency.clear();
    expect(await findPageIds(db)).toEqual(await indexOrder());
    await recordVisit(db, summary('https://news.example/3'), T0 - HOUR);
    expect(await stored()).toEqual(await indexOrder());
    expect(await stored()).toHaveLength(3);
  });
});
