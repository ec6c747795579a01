/**
 * The history's first screen, read with plain IndexedDB before Dexie opens.
 *
 * On a long history the popup spent 25-75 ms here in Dexie's open before its first query could
 * start, and 16-70 ms more in that query; a bare `indexedDB.open` without a version and a few
 * gets take 25-50 ms in all. The popup opens Dexie once this read is done: two connections
 * reading at once slow each other down.
 *
 * This reader asks for the list order row and the newest `n` page rows in one read-only
 * transaction, then closes its connection at once, so it never holds back an upgrade. It reads
 * only a database already at the schema version this build knows; anything else (no database
 * yet, an upgrade pending, a newer version, a missing order row, any error) gives null, and the
 * page waits for Dexie as before. It never creates the database: an open that would create it
 * is aborted.
 */
import { HISTORY_DB_NAME, LATEST_VERSION } from './names';
import type { PageRow, RecencyRow } from './schema';

/** How many rows the history's first screen reads before the list knows every id. */
export const FIRST_SCREEN_ROWS = 40;

/** Dexie keeps schema version n as IndexedDB version 10n. */
const STORED_VERSION = LATEST_VERSION * 10;

function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(name);
    } catch {
      resolve(null);
      return;
    }
    // Only a database that does not exist yet is upgraded by an open without a version:
    // aborting that upgrade leaves no database behind, for Dexie to create properly.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The `n` newest pages (newest visit first), or null when only Dexie can tell. */
export async function readFirstScreen(n: number, idb: IDBFactory | null = globalThis.indexedDB ?? null, name = HISTORY_DB_NAME): Promise<PageRow[] | null> {
  if (!idb || n <= 0) return null;
  const db = await openExisting(idb, name);
  if (!db) return null;
  try {
    if (db.version !== STORED_VERSION || !db.objectStoreNames.contains('recency') || !db.objectStoreNames.contains('pages')) return null;
    const tx = db.transaction(['recency', 'pages'], 'readonly');
    const order = (await request(tx.objectStore('recency').get('ids'))) as RecencyRow | undefined;
    if (!order || !(order.values instanceof Uint32Array)) return null;
    const pages = tx.objectStore('pages');
    const wanted = Array.from(order.values.subarray(0, n));
    // All the gets are queued before the first answer: one round of the transaction.
    const rows = (await Promise.all(wanted.map((id) => request(pages.get(id))))) as Array<PageRow | undefined>;
    return rows.filter((r): r is PageRow => r !== undefined);
  } catch {
    return null;
  } finally {
    db.close();
  }
}
