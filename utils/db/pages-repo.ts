/**
 * Writes to the history: record a visit, import pages, delete, prune. Each write is one
 * transaction over every table it touches, so that concurrent writers (several tabs) are
 * serialised by IndexedDB and a failed write leaves what was stored before untouched.
 */
import type { PageEntity, PageQuote } from '@/utils/messaging/page-summary';
import { normalizePageUrl, siteOf } from '@/utils/url';
import { pageDerived } from './derived';
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
interface Visit {
  firstVisit: number;
  lastVisit: number;
  visits: number;
}

const writeTables = (db: HamishDb) => [db.pages, db.entities, db.mentions, db.quotes, db.terms];

function cleanDate(s: string | null): string | null {
  return s !== null && Number.isFinite(Date.parse(s)) ? s : null;
}

interface Merged {
  /** The entry whose name and role the page row keeps (the proper name over a demonym). */
  e: PageEntity;
  count: number;
  demonyms: number;
}

/** One entity can arrive twice (the country and its demonym): merge them into one mention. */
function mergeEntities(entities: PageEntity[]): Merged[] {
  const merged = new Map<string, Merged>();
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

function countsOf(content: PageContent): TypeCounts {
  const counts: TypeCounts = { person: 0, country: 0, demonym: 0, place: 0, organization: 0, quote: content.quotes.length };
  for (const e of content.entities) counts[e.demonym ? 'demonym' : e.type] += e.mentions;
  return counts;
}

/** Replaces the page's entities, mentions, quotations and search words; writes the row. */
async function writeContent(db: HamishDb, url: string, content: PageContent, visit: Visit, id?: number): Promise<number> {
  const counts = countsOf(content);
  const base = { url, title: content.title.trim(), site: siteOf(url), publishedAt: cleanDate(content.publishedAt), ...visit, counts };
  const pageId = id ?? (await db.pages.add({ ...base, types: [], top: [] } as Omit<PageRow, 'id'> as PageRow));
  await db.mentions.where('pageId').equals(pageId).delete();
  await db.quotes.where('pageId').equals(pageId).delete();

  const merged = mergeEntities(content.entities);
  const known = await db.entities.bulkGet(merged.map((m) => m.e.entity));
  const entityRows: EntityRow[] = merged.map(({ e }, i) => {
    const prev = known[i];
    const onlyDemonym = !!e.demonym;
    // A demonym surface (الروسي) never replaces a proper name already stored for the entity.
    const keepPrev = prev && onlyDemonym && !prev.demonym;
    return { id: e.entity, type: e.type, name: keepPrev ? prev.name : e.name, demonym: keepPrev ? false : onlyDemonym };
  });
  const mentionRows: MentionRow[] = merged.map(({ e, count, demonyms }) => ({
    pageId, entity: e.entity, type: e.type, name: e.name, count, demonyms, role: e.role ?? null, visitedAt: visit.lastVisit,
  }));
  const quoteRows = content.quotes.map((q, order) => ({ ...q, pageId, order, visitedAt: visit.lastVisit }) as Omit<QuoteRow, 'id'>);
  await db.entities.bulkPut(entityRows);
  await db.mentions.bulkAdd(mentionRows);
  await db.quotes.bulkAdd(quoteRows as QuoteRow[]);

  const derived = pageDerived(base.title, counts, mentionRows, content.quotes);
  await db.pages.put({ ...base, id: pageId, types: derived.types, top: derived.top });
  await db.terms.put({ pageId, tokens: derived.tokens });
  return pageId;
}

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
    const pageId = await writeContent(db, url, content, visit, prev?.id);
    return { pageId, visits: visit.visits };
  });
}

/**
 * Imports exported pages in one transaction. A page already stored keeps the union of the
 * visits, and the newer of the two analyses (so importing an export twice changes nothing).
 */
export async function importPages(db: HamishDb, pages: Array<PageContent & Visit>): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  await db.transaction('rw', writeTables(db), async () => {
    for (const page of pages) {
      const url = normalizePageUrl(page.url);
      if (!url) continue;
      const prev = await db.pages.where('url').equals(url).first();
      const visit = {
        firstVisit: Math.min(page.firstVisit, prev?.firstVisit ?? Infinity),
        lastVisit: Math.max(page.lastVisit, prev?.lastVisit ?? 0),
        visits: Math.max(page.visits, prev?.visits ?? 0),
      };
      if (!prev) {
        await writeContent(db, url, page, visit);
        added++;
      } else if (page.lastVisit > prev.lastVisit) {
        await writeContent(db, url, page, visit, prev.id);
        updated++;
      } else {
        await db.pages.update(prev.id, visit);
      }
    }
  });
  return { added, updated };
}

/** Deletes pages with their mentions, quotations and search words; returns how many existed. */
export async function deletePages(db: HamishDb, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', writeTables(db), async () => {
    const existing = (await db.pages.bulkGet(ids)).filter(Boolean).length;
    await db.pages.bulkDelete(ids);
    await db.mentions.where('pageId').anyOf(ids).delete();
    await db.quotes.where('pageId').anyOf(ids).delete();
    await db.terms.bulkDelete(ids);
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
