/**
 * Read-side queries of the history list: ordered page ids for a filter, then the rows of the
 * few ids on screen. Filters walk indexes by key only, so a long history stays fast.
 */
import type { HamishDb, PageRow } from './schema';
import { pagesWith } from './postings';
import { queryWords } from './search-terms';
import { readRecencyIds } from './recency';

/** Kinds the type filter offers. */
export type PageKind = 'person' | 'country' | 'quote';

/** What the history list is narrowed to (all optional, combined with AND). */
export interface HistoryFilter {
  text?: string;
  site?: string;
  type?: PageKind;
  /** Last visit at or after (ms). */
  from?: number;
  /** Last visit at or before (ms). */
  to?: number;
}

/** Query words this long or longer match by prefix. */
const PREFIX_FROM = 4;

const KIND_TYPES: Record<PageKind, string[]> = { person: ['person'], country: ['country', 'demonym'], quote: ['quote'] };

function intersect(a: Set<number> | null, b: Iterable<number>): Set<number> {
  if (!a) return new Set(b);
  const out = new Set<number>();
  for (const x of b) if (a.has(x)) out.add(x);
  return out;
}

/**
 * Page ids matching every word of `text` (null when the text has no usable word), from the
 * inverted index: one row per word. Words of four letters or more match as prefixes (أردو
 * finds أردوغان); shorter ones only whole, since a prefix like ال would read most of the index.
 */
export async function searchPageIds(db: HamishDb, text: string): Promise<Set<number> | null> {
  const words = queryWords(text).sort((a, b) => b.length - a.length);
  let hits: Set<number> | null = null;
  // Longest word first: it matches the fewest index entries, and an empty set ends the walk.
  for (const w of words) {
    hits = intersect(hits, await pagesWith(db, w, w.length >= PREFIX_FROM));
    if (hits.size === 0) break;
  }
  return hits;
}

/** Every page id, newest visit first: the order every filtered list keeps (one row read; the index if it is missing). */
export async function orderedPageIds(db: HamishDb): Promise<number[]> {
  const ids = await readRecencyIds(db.recency);
  // Forward, then reversed here: a forward key range is one getAllKeys request, a reversed
  // one walks a cursor key by key.
  return ids ? Array.from(ids) : (await db.pages.orderBy('lastVisit').primaryKeys()).reverse();
}

/**
 * The `n` most recently visited pages, for a first screen that waits neither for every id nor
 * for a cursor walk: the first `n` ids of the order row, then their rows (the index's order
 * when the row is missing).
 */
export async function newestPages(db: HamishDb, n: number): Promise<PageRow[]> {
  return db.transaction('r', db.recency, db.pages, async () => {
    const ids = await readRecencyIds(db.recency);
    if (!ids) return db.pages.orderBy('lastVisit').reverse().limit(n).toArray();
    return pagesByIds(db, Array.from(ids.subarray(0, n)));
  });
}

/** The ids `filter` keeps, as a set to apply to the ordered list; null when it keeps everything. */
export async function filterPageIds(db: HamishDb, filter: HistoryFilter): Promise<Set<number> | null> {
  let keep: Set<number> | null = null;
  if (filter.text) {
    keep = await searchPageIds(db, filter.text);
    if (keep?.size === 0) return keep;
  }
  if (filter.site) keep = intersect(keep, await db.pages.where('site').equals(filter.site).primaryKeys());
  if (filter.type) keep = intersect(keep, await db.pages.where('types').anyOf(KIND_TYPES[filter.type]).primaryKeys());
  if (filter.from !== undefined || filter.to !== undefined) {
    const range = db.pages.where('lastVisit').between(filter.from ?? -Infinity, filter.to ?? Infinity, true, true);
    keep = intersect(keep, await range.primaryKeys());
  }
  return keep;
}

/** Ids of the pages matching `filter`, newest visit first. */
export async function findPageIds(db: HamishDb, filter: HistoryFilter = {}): Promise<number[]> {
  const keep = await filterPageIds(db, filter);
  if (keep?.size === 0) return [];
  const ids = await orderedPageIds(db);
  return keep ? ids.filter((id) => keep.has(id)) : ids;
}

/** The rows of `ids`, in that order (deleted ones left out). */
export async function pagesByIds(db: HamishDb, ids: number[]): Promise<PageRow[]> {
  return (await db.pages.bulkGet(ids)).filter((p): p is PageRow => p !== undefined);
}

/** Every site in the history, alphabetically. */
export async function listSites(db: HamishDb): Promise<string[]> {
  return (await db.pages.orderBy('site').uniqueKeys()) as string[];
}
