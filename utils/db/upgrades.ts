/**
 * The history database's upgrades, one per version step (schema.ts declares the versions). Each
 * runs inside Dexie's upgrade transaction and is tested on a seeded database
 * (tests/integration/db-upgrade.test.ts).
 */
import type { Transaction } from 'dexie';
import { groupByPage, pageDerived } from './derived';
import { postingRows } from './postings';
import { recencyFromIndex, writeRecency } from './recency';
import type { MentionRow, PageRow, PostingRow, QuoteRow, RecencyRow, TermsRow } from './schema';

/** v1 → v2: per page, derive the kinds present, the top entities and the search words. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const pages = tx.table<PageRow, number>('pages');
  const ids = await pages.toCollection().primaryKeys();
  // Chunks keep memory bounded on a long history; everything stays in the upgrade transaction.
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    const rows = (await pages.bulkGet(chunk)).filter((p): p is PageRow => p !== undefined);
    const mentions = await tx.table<MentionRow>('mentions').where('pageId').anyOf(chunk).toArray();
    const quotes = await tx.table<QuoteRow>('quotes').where('pageId').anyOf(chunk).toArray();
    const mentionsOf = groupByPage(mentions);
    const quotesOf = groupByPage(quotes);
    const terms: TermsRow[] = [];
    for (const page of rows) {
      const d = pageDerived(
        page.title,
        page.counts,
        mentionsOf.get(page.id) ?? [],
        quotesOf.get(page.id) ?? [],
      );
      page.types = d.types;
      page.top = d.top;
      terms.push({ pageId: page.id, tokens: d.tokens });
    }
    await pages.bulkPut(rows);
    await tx.table<TermsRow, number>('terms').bulkPut(terms);
  }
}

/** v2 → v3: the inverted index, from every page's search words. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const rows = postingRows(await tx.table<TermsRow, number>('terms').toArray());
  const postings = tx.table<PostingRow, [string, number]>('postings');
  for (let i = 0; i < rows.length; i += 2000) await postings.bulkPut(rows.slice(i, i + 2000));
}

/** v3 → v4: the list order, from the lastVisit index. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await writeRecency(tx.table<RecencyRow, string>('recency'), await recencyFromIndex(tx.table<PageRow, number>('pages')));
}
