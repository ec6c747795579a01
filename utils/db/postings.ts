/**
 * The search index of the history: for each search word, the ids of the pages that have it (an
 * inverted index), in rows of one bucket of 1,024 page ids each, so that a visit rewrites a few
 * short rows and never a word's whole list. Every write keeps it in step with the pages' words
 * (`terms`), in the same transaction. A search reads the rows of its words (one key range per
 * word) instead of walking a multi-entry index entry by entry, which costs IndexedDB a lookup
 * per page on a long history.
 */
import type { HamishDb, PostingRow, TermsRow } from './schema';

/** A page's search words before and after a write ([] when it is new, or deleted). */
export interface TermsChange {
  pageId: number;
  before: readonly string[];
  after: readonly string[];
}

/** Page ids per row: a bucket is `pageId >>> BUCKET_BITS`. */
const BUCKET_BITS = 10;

type Key = [string, number];

/** Ids grouped by (word, bucket), under a string key for the map. */
class Grouped {
  readonly rows = new Map<string, { key: Key; ids: number[] }>();
  add(token: string, id: number): void {
    const bucket = id >>> BUCKET_BITS;
    const k = `${bucket} ${token}`;
    const row = this.rows.get(k);
    if (row) row.ids.push(id);
    else this.rows.set(k, { key: [token, bucket], ids: [id] });
  }
}

/** Applies the words each page gained and lost to the posting rows (inside the caller's transaction). */
export async function updatePostings(db: HamishDb, changes: readonly TermsChange[]): Promise<void> {
  const gained = new Grouped();
  const lost = new Grouped();
  for (const { pageId, before, after } of changes) {
    const prev = new Set(before);
    const next = new Set(after);
    for (const t of prev) if (!next.has(t)) lost.add(t, pageId);
    for (const t of next) if (!prev.has(t)) gained.add(t, pageId);
  }
  const keys = [...new Set([...gained.rows.keys(), ...lost.rows.keys()])];
  if (keys.length === 0) return;
  const keyOf = (k: string) => (gained.rows.get(k) ?? lost.rows.get(k))!.key;
  const stored = await db.postings.bulkGet(keys.map(keyOf));
  const put: PostingRow[] = [];
  const emptied: Key[] = [];
  keys.forEach((k, i) => {
    const ids = new Set(stored[i]?.ids);
    for (const id of lost.rows.get(k)?.ids ?? []) ids.delete(id);
    for (const id of gained.rows.get(k)?.ids ?? []) ids.add(id);
    const [token, bucket] = keyOf(k);
    if (ids.size > 0) put.push({ token, bucket, ids: Uint32Array.from(ids) });
    else if (stored[i]) emptied.push([token, bucket]);
  });
  await db.postings.bulkPut(put);
  await db.postings.bulkDelete(emptied);
}

/**
 * The changes that replace the words of `pageIds` by `after` (one entry per page, in order;
 * [] deletes): reads the words they had, of the pages in `stored` only (new pages have none).
 */
export async function termsChanges(db: HamishDb, pageIds: readonly number[], after: ReadonlyArray<readonly string[]>, stored: readonly number[] = pageIds): Promise<TermsChange[]> {
  const before = new Map<number, readonly string[]>();
  for (const row of await db.terms.bulkGet([...stored])) if (row) before.set(row.pageId, row.tokens);
  return pageIds.map((pageId, i) => ({ pageId, before: before.get(pageId) ?? [], after: after[i] ?? [] }));
}

/** The posting rows of a set of pages' words (the upgrade that builds the index). */
export function postingRows(terms: readonly TermsRow[]): PostingRow[] {
  const grouped = new Grouped();
  for (const row of terms) for (const t of new Set(row.tokens)) grouped.add(t, row.pageId);
  return [...grouped.rows.values()].map(({ key: [token, bucket], ids }) => ({ token, bucket, ids: Uint32Array.from(ids) }));
}

/** Ids of the pages with the word `word`, or with any word starting with it. */
export async function pagesWith(db: HamishDb, word: string, prefix: boolean): Promise<number[]> {
  const rows = await db.postings.where('[token+bucket]').between([word, 0], prefix ? [`${word}\uffff`, 0] : [word, Infinity], true, !prefix).toArray();
  return rows.flatMap((r) => [...r.ids]);
}
