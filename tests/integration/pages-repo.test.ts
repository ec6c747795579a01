import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HamishDb } from '@/utils/db/schema';
import { clearHistory, deletePages, importPages, prunePages, recordVisit } from '@/utils/db/pages-repo';
import { pagesWith, postingRows, updatePostings } from '@/utils/db/postings';
import type { PostingRow } from '@/utils/db/schema';
import { entityDetail, entityPages, topEntities } from '@/utils/db/entities-repo';
import { erdogan, freshDb, putin, quoteOf, russia, russian, summary, turkey } from './support/history';

let db: HamishDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 1, 12);

describe('recordVisit', () => {
  it('stores a page with its site, counts, top entities, mentions, entities and quotes', async () => {
    const res = await recordVisit(db, summary('https://www.aljazeera.net/news/1?utm_source=fb#x'), T0);
    expect(res).toEqual({ pageId: expect.any(Number), visits: 1 });
    const page = await db.pages.get(res!.pageId);
    expect(page).toMatchObject({
      url: 'https://www.aljazeera.net/news/1',
      site: 'aljazeera.net',
      title: 'أردوغان يستقبل بوتين في أنقرة',
      firstVisit: T0,
      lastVisit: T0,
      visits: 1,
      counts: { person: 6, country: 4, demonym: 0, quote: 1 },
    });
    expect(page!.types.sort()).toEqual(['country', 'person', 'quote']);
    expect(page!.top.map((t) => t.entity)).toEqual([erdogan.entity, putin.entity, turkey.entity, russia.entity]);
    expect(await db.mentions.where('pageId').equals(res!.pageId).count()).toBe(4);
    expect(await db.entities.get('TR')).toEqual({ id: 'TR', type: 'country', name: 'تركيا', demonym: false });
    expect((await db.mentions.get([res!.pageId, erdogan.entity]))?.role).toBe('الرئيس التركي');
    expect(await db.quotes.where('speakerEntity').equals(erdogan.entity).count()).toBe(1);
  });

  it('updates the visit on a revisit and replaces the analysis instead of adding a page', async () => {
    const first = await recordVisit(db, summary('https://x.example/a?fbclid=1'), T0);
    const again = await recordVisit(
      db,
      summary('https://x.example/a#top', { title: 'عنوان جديد', entities: [turkey], quotes: [] }),
      T0 + DAY,
    );
    expect(again).toEqual({ pageId: first!.pageId, visits: 2 });
    expect(await db.pages.count()).toBe(1);
    expect(await db.pages.get(first!.pageId)).toMatchObject({ title: 'عنوان جديد', firstVisit: T0, lastVisit: T0 + DAY, visits: 2 });
    expect(await db.mentions.where('pageId').equals(first!.pageId).toArray()).toMatchObject([{ entity: 'TR', visitedAt: T0 + DAY }]);
    expect(await db.quotes.count()).toBe(0);
  });

  it('merges a country with its demonym and never lets a demonym rename the country', async () => {
    const { pageId } = (await recordVisit(db, summary('https://x.example/a', { entities: [russia, russian] }), T0))!;
    expect(await db.mentions.get([pageId, 'RU'])).toMatchObject({ count: 3, demonyms: 2, name: 'روسيا' });
    expect((await db.pages.get(pageId))!.counts).toMatchObject({ country: 1, demonym: 2 });
    await recordVisit(db, summary('https://x.example/b', { entities: [russian] }), T0 + 1);
    expect(await db.entities.get('RU')).toMatchObject({ name: 'روسيا', demonym: false });
  });

  it('refuses what is not a web page and keeps a bad date out', async () => {
    expect(await recordVisit(db, summary('chrome://newtab'), T0)).toBeNull();
    const { pageId } = (await recordVisit(db, summary('https://x.example/a', { publishedAt: 'yesterday-ish' }), T0))!;
    expect((await db.pages.get(pageId))!.publishedAt).toBeNull();
    expect(await db.pages.count()).toBe(1);
  });
});

describe('deleting and pruning', () => {
  it('deletes a page with its mentions, quotes and search words, and nothing else', async () => {
    const a = (await recordVisit(db, summary('https://x.example/a'), T0))!;
    const b = (await recordVisit(db, summary('https://x.example/b'), T0))!;
    expect(await deletePages(db, [a.pageId])).toBe(1);
    expect(await db.pages.toCollection().primaryKeys()).toEqual([b.pageId]);
    expect(await db.mentions.where('pageId').equals(a.pageId).count()).toBe(0);
    expect(await db.quotes.where('pageId').equals(a.pageId).count()).toBe(0);
    expect(await db.terms.get(a.pageId)).toBeUndefined();
    expect(await db.mentions.where('pageId').equals(b.pageId).count()).toBe(4);
    expect(await deletePages(db, [a.pageId])).toBe(0);
  });

  it('prunes only pages last visited before the cutoff', async () => {
    await recordVisit(db, summary('https://x.example/old'), T0 - 40 * DAY);
    await recordVisit(db, summary('https://x.example/new'), T0);
    expect(await prunePages(db, T0 - 30 * DAY)).toBe(1);
    expect((await db.pages.toArray()).map((p) => p.url)).toEqual(['https://x.example/new']);
  });

  it('clears everything but the settings', async () => {
    await recordVisit(db, summary('https://x.example/a'), T0);
    await db.settings.put({ key: 'settings', paused: true, retentionDays: 0, recordPrivate: false });
    expect(await clearHistory(db)).toBe(1);
    for (const t of [db.pages, db.mentions, db.quotes, db.terms, db.postings, db.entities]) expect(await t.count()).toBe(0);
    expect(await db.settings.count()).toBe(1);
  });
});

describe('the search index', () => {
  /** Posting rows as word → sorted page ids. */
  const byWord = (rows: PostingRow[]) => {
    const out: Record<string, number[]> = {};
    for (const r of rows) (out[r.token] ??= []).push(...r.ids);
    for (const ids of Object.values(out)) ids.sort((a, b) => a - b);
    return out;
  };
  /** The index as the pages' words imply it, and as stored. */
  async function indexes(): Promise<[Record<string, number[]>, Record<string, number[]>]> {
    return [byWord(postingRows(await db.terms.toArray())), byWord(await db.postings.toArray())];
  }

  it('keeps a word\'s pages in rows of 1,024 ids, and drops a row that empties', async () => {
    await updatePostings(db, [5, 1030, 2050].map((pageId) => ({ pageId, before: [], after: ['الرياض', 'قمة'] })));
    expect((await db.postings.toArray()).map((r) => [r.token, r.bucket, [...r.ids]])).toEqual([
      ['الرياض', 0, [5]], ['الرياض', 1, [1030]], ['الرياض', 2, [2050]],
      ['قمة', 0, [5]], ['قمة', 1, [1030]], ['قمة', 2, [2050]],
    ]);
    expect((await pagesWith(db, 'الرياض', false)).sort((a, b) => a - b)).toEqual([5, 1030, 2050]);
    expect(await pagesWith(db, 'الري', false)).toEqual([]);
    expect((await pagesWith(db, 'الري', true)).sort((a, b) => a - b)).toEqual([5, 1030, 2050]);
    await updatePostings(db, [{ pageId: 1030, before: ['الرياض', 'قمة'], after: ['قمة'] }]);
    expect((await db.postings.where('token').equals('الرياض').toArray()).map((r) => r.bucket)).toEqual([0, 2]);
    expect((await pagesWith(db, 'قمة', false)).sort((a, b) => a - b)).toEqual([5, 1030, 2050]);
  });

  it('follows every write: visits, a revisit with other words, imports, deletes, pruning', async () => {
    const a = (await recordVisit(db, summary('https://x.example/a'), T0 - 40 * DAY))!;
    await recordVisit(db, summary('https://x.example/b', { title: 'بوتين في موسكو', entities: [putin, russia], quotes: [] }), T0);
    let [implied, stored] = await indexes();
    expect(stored).toEqual(implied);
    expect(stored['موسكو']).toHaveLength(1);
    expect(stored['انقرة']).toEqual([a.pageId]);

    // The same page, now about something else: its old words leave the index.
    await recordVisit(db, summary('https://x.example/a', { title: 'قمة في الرياض', entities: [turkey], quotes: [] }), T0 - 39 * DAY);
    [implied, stored] = await indexes();
    expect(stored).toEqual(implied);
    expect(stored['انقرة']).toBeUndefined();
    expect(stored['الرياض']).toEqual([a.pageId]);

    await importPages(db, [{ url: 'https://x.example/c', title: 'الرياض تستضيف القمة', publishedAt: null, entities: [], quotes: [], firstVisit: T0, lastVisit: T0, visits: 1 }]);
    [implied, stored] = await indexes();
    expect(stored).toEqual(implied);
    expect(stored['الرياض']).toHaveLength(2);

    expect(await prunePages(db, T0 - 30 * DAY)).toBe(1);
    [implied, stored] = await indexes();
    expect(stored).toEqual(implied);
    expect(stored['الرياض']).toHaveLength(1);
    await deletePages(db, (await db.pages.toCollection().primaryKeys()) as number[]);
    expect(await db.postings.count()).toBe(0);
  });
});

describe('entity queries', () => {
  beforeEach(async () => {
    await recordVisit(db, summary('https://x.example/1', { title: 'الأول' }), T0 - 10 * DAY);
    await recordVisit(db, summary('https://x.example/2', { title: 'الثاني', entities: [erdogan, turkey] }), T0 - 2 * DAY);
    await recordVisit(db, summary('https://x.example/3', { title: 'الثالث', entities: [putin], quotes: [quoteOf('لا تعليق', putin)] }), T0 - DAY);
  });

  it('lists the earlier pages of an entity newest first, without the page being read', async () => {
    const res = await entityPages(db, erdogan.entity, { excludeUrl: 'https://x.example/2' });
    expect(res).toEqual({ total: 1, pages: [{ url: 'https://x.example/1', title: 'الأول', visitedAt: T0 - 10 * DAY, mentions: 4 }] });
    expect((await entityPages(db, erdogan.entity)).pages.map((p) => p.title)).toEqual(['الثاني', 'الأول']);
    expect(await entityPages(db, 'p:nobody')).toEqual({ total: 0, pages: [] });
  });

  it('tallies the people and countries of a period', async () => {
    const week = await topEntities(db, T0 - 7 * DAY);
    expect(week.map((e) => [e.entity, e.mentions, e.pages])).toEqual([
      [erdogan.entity, 4, 1],
      ['TR', 3, 1],
      [putin.entity, 2, 1],
    ]);
    const month = await topEntities(db, T0 - 30 * DAY);
    expect(month[0]).toMatchObject({ entity: erdogan.entity, name: 'رجب طيب أردوغان', type: 'person', mentions: 8, pages: 2 });
  });

  it('gives one entity its pages, quotes and mentions per day', async () => {
    const d = await entityDetail(db, putin.entity, T0, 14);
    expect(d.entity?.name).toBe('فلاديمير بوتين');
    expect(d.pageIds).toHaveLength(2);
    expect(d.quotes.map((q) => [q.text, q.title])).toEqual([['لا تعليق', 'الثالث']]);
    expect(d.series).toHaveLength(14);
    expect(d.series.reduce((s, p) => s + p.mentions, 0)).toBe(4);
    expect(d.series.filter((p) => p.mentions > 0)).toHaveLength(2);
    const d7 = await entityDetail(db, putin.entity, T0, 7);
    expect(d7.series.reduce((s, p) => s + p.mentions, 0)).toBe(2);
  });
});
