/**
 * Read-side queries of the history list: ordered page ids for a filter, then the rows of the
 * few ids on screen. Filters walk indexes by key only, so a long history stays fast.
 */
import type { HamishDb, PageRow } from './schema';
import { queryWords } from './search-terms';

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

const KIND_TYPES: Record<PageKind, string[]> = { person: ['person'], country: ['country', 'demonym'], quote: ['quote'] };

function intersect(a: Set<number> | null, b: Iterable<number>): Set<number> {
  const out = new Set<number>();
  for (const x of b) if (!a || a.has(x)) out.add(x);
  return out;
}

/** Page ids matching every word of `text` by prefix (null when the text has no usable word). */
export async function searchPageIds(db: HamishDb, text: string): Promise<Set<number> | null> {
  const words = queryWords(text).sort((a, b) => b.length - a.length);
  let hits: Set<number> | null = null;
  // Longest word first: it matches the fewest index entries, and an empty set ends the walk.
  for (const w of words) {
    hits = intersect(hits, await db.terms.where('tokens').startsWith(w).primaryKeys());
    if (hits.size === 0) break;
  }
  return hits;
}

/** Ids of the pages matching `filter`, newest visit first. */
export async function findPageIds(db: HamishDb, filter: HistoryFilter = {}): Promise<number[]> {
  let keep: Set<number> | null = null;
  if (filter.text) {
    keep = await searchPageIds(db, filter.text);
    if (keep?.size === 0) return [];
  }
  if (filter.site) keep = intersect(keep, await db.pages.where('site').equals(filter.site).primaryKeys());
  if (filter.type) keep = intersect(keep, await db.pages.where('types').anyOf(KIND_TYPES[filter.type]).primaryKeys());
  if (keep?.size === 0) return [];
  const ordered =
    filter.from !== undefined || filter.to !== undefined
      ? db.pages.where('lastVisit').between(filter.from ?? -Infinity, filter.to ?? Infinity, true, true)
      : db.pages.orderBy('lastVisit');
  const ids = await ordered.reverse().primaryKeys();
  return keep ? ids.filter((id) => (keep as Set<number>).has(id)) : ids;
}

/** The rows of `ids`, in that order (deleted ones left out). */
export async function pagesByIds(db: HamishDb, ids: number[]): Promise<PageRow[]> {
  return (await db.pages.bulkGet(ids)).filter((p): p is PageRow => p !== undefined);
}

/** Every site in the history, alphabetically. */
export async function listSites(db: HamishDb): Promise<string[]> {
  return (await db.pages.orderBy('site').uniqueKeys()) as string[];
}
