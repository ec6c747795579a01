/**
 * The rows one page's content becomes, and writing many pages' rows in a handful of requests
 * (an import of 500 pages is ten bulk operations, not five thousand single ones).
 * Callers run these inside their own read-write transaction.
 */
import type { PageEntity, PageQuote } from '@/utils/messaging/page-summary';
import { siteOf } from '@/utils/url';
import { pageDerived } from './derived';
import { termsChanges, updatePostings } from './postings';
import { updateRecency } from './recency';
import type { EntityRow, HamishDb, MentionRow, PageRow, QuoteRow, TypeCounts } from './schema';

/** The content of a page as a visit or an import gives it. */
export interface PageContent {
  url: string;
  title: string;
  publishedAt: string | null;
  entities: PageEntity[];
  quotes: PageQuote[];
}

/** Visit times of a page. */
export interface Visit {
  firstVisit: number;
  lastVisit: number;
  visits: number;
}

/** One page's rows before its id is known. */
export interface PreparedPage {
  row: Omit<PageRow, 'id'>;
  /** Entity entries kept for the entity table (the proper name over a demonym). */
  entities: Array<{ e: PageEntity; count: number; demonyms: number }>;
  mentions: Array<Omit<MentionRow, 'pageId'>>;
  quotes: Array<Omit<QuoteRow, 'id' | 'pageId'>>;
  tokens: string[];
}

function cleanDate(s: string | null): string | null {
  return s !== null && Number.isFinite(Date.parse(s)) ? s : null;
}

/** One entity can arrive twice (the country and its demonym): merge them into one mention. */
function mergeEntities(entities: PageEntity[]): PreparedPage['entities'] {
  const merged = new Map<string, PreparedPage['entities'][number]>();
  for (const e of entities) {
    const demonyms = e.demonym ? e.mentions : 0;
    const m = merged.get(e.entity);
    if (!m) {
      merged.set(e.entity, { e, count: e.mentions, demonyms });
      continue;
    }
    if (m.e.demonym && !e.demonym) m.e = { ...e, role: e.role ?? m.e.role };
    m.count += e.mentions;
    m.demonyms += demonyms;
  }
  return [...merged.values()];
}

/** The rows of one page under its normalised `url`. */
export function preparePage(url: string, content: PageContent, visit: Visit): PreparedPage {
  const counts: TypeCounts = { person: 0, country: 0, demonym: 0, place: 0, organization: 0, quote: content.quotes.length };
  for (const e of content.entities) counts[e.demonym ? 'demonym' : e.type] += e.mentions;
  const entities = mergeEntities(content.entities);
  const mentions = entities.map(({ e, count, demonyms }) => ({
    entity: e.entity, type: e.type, name: e.name, count, demonyms, role: e.role ?? null, visitedAt: visit.lastVisit,
  }));
  const quotes = content.quotes.map((q, order) => ({ ...q, order, visitedAt: visit.lastVisit }));
  const title = content.title.trim();
  const derived = pageDerived(title, counts, mentions, content.quotes);
  const row = { url, title, site: siteOf(url), publishedAt: cleanDate(content.publishedAt), ...visit, counts, types: derived.types, top: derived.top };
  return { row, entities, mentions, quotes, tokens: derived.tokens };
}

/** Entity rows after these pages, later pages winning; a demonym never renames a proper name. */
async function entityRows(db: HamishDb, pages: PreparedPage[]): Promise<EntityRow[]> {
  const ids = [...new Set(pages.flatMap((p) => p.entities.map((m) => m.e.entity)))];
  const rows = new Map<string, EntityRow>();
  (await db.entities.bulkGet(ids)).forEach((r) => r && rows.set(r.id, r));
  for (const { e } of pages.flatMap((p) => p.entities)) {
    const prev = rows.get(e.entity);
    const onlyDemonym = !!e.demonym;
    if (prev && onlyDemonym && !prev.demonym) continue;
    rows.set(e.entity, { id: e.entity, type: e.type, name: e.name, demonym: onlyDemonym });
  }
  return [...rows.values()];
}

/**
 * Writes prepared pages: new ones (no id) are added, the others replace their previous
 * mentions, quotations and search words (and the search index and list order with them). Returns the page
 * ids in order.
 */
export async function writePages(db: HamishDb, pages: PreparedPage[], ids: Array<number | undefined>): Promise<number[]> {
  const fresh = pages.flatMap((p, i) => (ids[i] === undefined ? [p.row] : []));
  const added = await db.pages.bulkAdd(fresh as PageRow[], { allKeys: true });
  let k = 0;
  const pageIds = ids.map((id) => id ?? (added[k++] as number));
  const replaced = pageIds.filter((_, i) => ids[i] !== undefined);
  if (replaced.length) {
    await db.pages.bulkPut(pages.flatMap((p, i) => (ids[i] !== undefined ? [{ ...p.row, id: ids[i] } as PageRow] : [])));
    await db.mentions.where('pageId').anyOf(replaced).delete();
    await db.quotes.where('pageId').anyOf(replaced).delete();
  }
  await db.entities.bulkPut(await entityRows(db, pages));
  await db.mentions.bulkAdd(pages.flatMap((p, i) => p.mentions.map((m) => ({ ...m, pageId: pageIds[i] as number }))));
  await db.quotes.bulkAdd(pages.flatMap((p, i) => p.quotes.map((q) => ({ ...q, pageId: pageIds[i] as number }) as QuoteRow)));
  await updatePostings(db, await termsChanges(db, pageIds, pages.map((p) => p.tokens), replaced));
  await db.terms.bulkPut(pages.map((p, i) => ({ pageId: pageIds[i] as number, tokens: p.tokens })));
  await updateRecency(db, pages.map((p, i) => ({ id: pageIds[i] as number, lastVisit: p.row.lastVisit })));
  return pageIds;
}
