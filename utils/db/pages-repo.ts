/**
 * Writes to the history: record a visit, import pages, delete, prune. Each write is one
 * transaction over every table it touches, so that concurrent writers (several tabs) are
 * serialised by IndexedDB and a failed write leaves what was stored before untouched.
 */
import { normalizePageUrl } from '@/utils/url';
import type { HamishDb } from './schema';
import { preparePage, writePages, type PageContent, type Visit } from './page-write';
import { termsChanges, updatePostings } from './postings';
import { updateRecency } from './recency';

/** The content of a page as a visit or an import gives it. */
export type { PageContent } from './page-write';

const writeTables = (db: HamishDb) => [db.pages, db.entities, db.mentions, db.quotes, db.terms, db.postings, db.recency];

/**
 * Records a visit: a new page, or a revisit that bumps the visit and replaces the page's
 * analysis. Null when the URL is not a web page.
 */
export async function recordVisit(db: HamishDb, content: PageContent, now: number): Promise<{ pageId: number; visits: number } | null> {
  const url = normalizePageUrl(content.url);
  if (!url) return null;
  return db.transaction('rw', writeTables(db), async () => {
    const prev = await db.pages.where('url').equals(url).first();
    const visit = { firstVisit: prev?.firstVisit ?? now, lastVisit: Math.max(now, prev?.lastVisit ?? 0), visits: (prev?.visits ?? 0) + 1 };
    const [pageId] = await writePages(db, [preparePage(url, content, visit)], [prev?.id]);
    return { pageId: pageId as number, visits: visit.visits };
  });
}

/**
 * Imports exported pages in one transaction. A page already stored keeps the union of the
 * visits, and the newer of the two analyses (so importing an export twice changes nothing).
 */
export async function importPages(db: HamishDb, pages: Array<PageContent & Visit>): Promise<{ added: number; updated: number }> {
  // The same page twice in one file: the later entry is merged like a second import.
  const byUrl = new Map<string, PageContent & Visit>();
  for (const page of pages) {
    const url = normalizePageUrl(page.url);
    if (!url) continue;
    const prev = byUrl.get(url);
    byUrl.set(url, prev ? mergeVisits(prev, page) : page);
  }
  const urls = [...byUrl.keys()];
  return db.transaction('rw', writeTables(db), async () => {
    const stored = new Map((await db.pages.where('url').anyOf(urls).toArray()).map((p) => [p.url, p]));
    const prepared = [];
    const ids: Array<number | undefined> = [];
    let updated = 0;
    for (const [url, page] of byUrl) {
      const prev = stored.get(url);
      const visit = prev ? mergeVisits(prev, page) : page;
      if (!prev || page.lastVisit > prev.lastVisit) {
        prepared.push(preparePage(url, page, { firstVisit: visit.firstVisit, lastVisit: visit.lastVisit, visits: visit.visits }));
        ids.push(prev?.id);
        if (prev) updated++;
      } else {
        await db.pages.update(prev.id, { firstVisit: visit.firstVisit, visits: visit.visits });
      }
    }
    await writePages(db, prepared, ids);
    return { added: ids.filter((id) => id === undefined).length, updated };
  });
}

/** Two records of one page: the newer content, the union of the visits. */
function mergeVisits<T extends Visit>(older: Visit, newer: T): T {
  const newest = newer.lastVisit >= older.lastVisit ? newer : { ...newer, ...older };
  return {
    ...(newest as T),
    firstVisit: Math.min(older.firstVisit, newer.firstVisit),
    lastVisit: Math.max(older.lastVisit, newer.lastVisit),
    visits: Math.max(older.visits, newer.visits),
  };
}

/** Deletes pages with their mentions, quotations, search words, index entries and place in the order; returns how many existed. */
export async function deletePages(db: HamishDb, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', writeTables(db), async () => {
    const existing = (await db.pages.bulkGet(ids)).filter(Boolean).length;
    await db.pages.bulkDelete(ids);
    await db.mentions.where('pageId').anyOf(ids).delete();
    await db.quotes.where('pageId').anyOf(ids).delete();
    await updatePostings(db, await termsChanges(db, ids, []));
    await db.terms.bulkDelete(ids);
    await updateRecency(db, [], ids);
    return existing;
  });
}

/** Deletes the pages last visited before `before` (the retention period). */
export async function prunePages(db: HamishDb, before: number): Promise<number> {
  const ids = await db.pages.where('lastVisit').below(before).primaryKeys();
  return deletePages(db, ids);
}

/** Empties the history (settings stay); returns how many pages there were. */
export async function clearHistory(db: HamishDb): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    const n = await db.pages.count();
    await Promise.all(writeTables(db).map((t) => t.clear()));
    return n;
  });
}
