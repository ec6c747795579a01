/**
 * The order of the history list (newest visit first), kept whole in two rows that every write
 * updates in its own transaction: `ids` for the readers and `times` (the same pages' last
 * visits) for the writers, which place a page among the others. Reading ten thousand ids from
 * the lastVisit index takes IndexedDB 65-200 ms here; reading the `ids` row, a few. The
 * index stays the reference: a missing row is rebuilt from it, with the same order (last
 * visit descending, then id descending).
 */
import type { EntityTable, Table } from 'dexie';
import type { HamishDb, PageRow, RecencyRow } from './schema';

/** Page ids and their last visits, newest first. */
export interface Recency {
  ids: Uint32Array;
  times: Float64Array;
}

/** A page's place in the order. */
export interface Placed {
  id: number;
  lastVisit: number;
}

/** True when `a` comes before `b`: a later visit, or the same one and a larger id. */
const before = (aTime: number, aId: number, bTime: number, bId: number) => aTime > bTime || (aTime === bTime && aId > bId);

/** The order the lastVisit index gives (its forward walk is one request; reversed here). */
export async function recencyFromIndex(pages: Table<PageRow, number> | EntityTable<PageRow, 'id'>): Promise<Recency> {
  const [times, ids] = await Promise.all([pages.orderBy('lastVisit').keys(), pages.orderBy('lastVisit').primaryKeys()]);
  return { ids: Uint32Array.from(ids).reverse(), times: Float64Array.from(times as number[]).reverse() };
}

/** The page ids, newest visit first, from the `ids` row; null when it is missing. */
export async function readRecencyIds(table: Table<RecencyRow, string>): Promise<Uint32Array | null> {
  const row = await table.get('ids');
  return row ? (row.values as Uint32Array) : null;
}

async function readRecency(db: HamishDb): Promise<Recency> {
  const [ids, times] = await db.recency.bulkGet(['ids', 'times']);
  if (ids && times && ids.values.length === times.values.length) return { ids: ids.values as Uint32Array, times: times.values as Float64Array };
  return recencyFromIndex(db.pages);
}

/** Stores `order` as the two rows (inside the caller's transaction). */
export async function writeRecency(table: Table<RecencyRow, string>, order: Recency): Promise<void> {
  await table.bulkPut([{ key: 'ids', values: order.ids }, { key: 'times', values: order.times }]);
}

/** `order` without the `drop` ids, with `add` merged in at their places. */
export function mergeRecency(order: Recency, add: readonly Placed[], drop: ReadonlySet<number>): Recency {
  const added = [...add].sort((a, b) => (before(a.lastVisit, a.id, b.lastVisit, b.id) ? -1 : 1));
  const n = order.ids.length;
  const ids = new Uint32Array(n + added.length);
  const times = new Float64Array(n + added.length);
  let out = 0;
  let k = 0;
  for (let i = 0; i <= n; i++) {
    // The added pages that come before the i-th kept one (all that are left, at the end).
    while (k < added.length && (i === n || before(added[k]!.lastVisit, added[k]!.id, order.times[i]!, order.ids[i]!))) {
      ids[out] = added[k]!.id;
      times[out++] = added[k++]!.lastVisit;
    }
    if (i < n && !drop.has(order.ids[i]!)) {
      ids[out] = order.ids[i]!;
      times[out++] = order.times[i]!;
    }
  }
  return { ids: ids.slice(0, out), times: times.slice(0, out) };
}

/**
 * Places written pages (new ones, or revisits with their new last visit) and removes deleted
 * ones, inside the caller's read-write transaction over `pages` and `recency`.
 */
export async function updateRecency(db: HamishDb, written: readonly Placed[], deleted: readonly number[] = []): Promise<void> {
  if (written.length === 0 && deleted.length === 0) return;
  const drop = new Set([...deleted, ...written.map((p) => p.id)]);
  await writeRecency(db.recency, mergeRecency(await readRecency(db), written, drop));
}
