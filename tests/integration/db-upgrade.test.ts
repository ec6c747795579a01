import { describe, expect, it } from 'vitest';
import { HamishDb, LATEST_VERSION, type PageRow } from '@/utils/db/schema';
import { findPageIds } from '@/utils/db/history-query';
import { freshDb } from './support/history';

const T0 = Date.UTC(2024, 4, 1);

/** A history as version 1 stored it: pages without kinds, top entities or search words. */
async function seedVersion1(db: HamishDb): Promise<void> {
  await db.open();
  expect(db.verno).toBe(1);
  const page = (id: number, url: string, title: string, counts: Partial<PageRow['counts']>, lastVisit: number) =>
    ({ id, url, title, site: 'x.example', publishedAt: null, firstVisit: lastVisit, lastVisit, visits: 1,
      counts: { person: 0, country: 0, demonym: 0, place: 0, organization: 0, quote: 0, ...counts } }) as PageRow;
  await db.pages.bulkAdd([
    page(1, 'https://x.example/1', 'أردوغان في أنقرة', { person: 5, country: 2, quote: 1 }, T0),
    page(2, 'https://x.example/2', 'خبر عن الطقس', {}, T0 + 1),
    page(3, 'https://x.example/3', 'قمة في واشنطن', { person: 1, demonym: 3 }, T0 + 2),
  ]);
  await db.entities.bulkAdd([
    { id: 'p:رجب طيب اردوغان', type: 'person', name: 'رجب طيب أردوغان', demonym: false },
    { id: 'p:جو بايدن', type: 'person', name: 'جو بايدن', demonym: false },
    { id: 'TR', type: 'country', name: 'تركيا', demonym: false },
    { id: 'US', type: 'country', name: 'الولايات المتحدة الأمريكية', demonym: false },
  ]);
  await db.mentions.bulkAdd([
    { pageId: 1, entity: 'p:رجب طيب اردوغان', type: 'person', name: 'رجب طيب أردوغان', count: 5, demonyms: 0, role: null, visitedAt: T0 },
    { pageId: 1, entity: 'TR', type: 'country', name: 'تركيا', count: 2, demonyms: 0, role: null, visitedAt: T0 },
    { pageId: 3, entity: 'p:جو بايدن', type: 'person', name: 'جو بايدن', count: 1, demonyms: 0, role: null, visitedAt: T0 + 2 },
    { pageId: 3, entity: 'US', type: 'country', name: 'الولايات المتحدة الأمريكية', count: 3, demonyms: 3, role: null, visitedAt: T0 + 2 },
  ]);
  await db.quotes.add({ pageId: 1, order: 0, text: 'نريد السلام لسوريا', speaker: 'أردوغان', speakerEntity: 'p:رجب طيب اردوغان', confidence: 0.8, visitedAt: T0 } as never);
  db.close();
}

describe('schema upgrade v1 → v2', () => {
  it('keeps every v1 row and derives kinds, top entities and search words', async () => {
    const v1 = freshDb(1);
    await seedVersion1(v1);

    const db = new HamishDb(v1.name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.pages.count()).toBe(3);
    expect(await db.mentions.count()).toBe(4);
    expect(await db.quotes.count()).toBe(1);

    const p1 = await db.pages.get(1);
    expect(p1?.types.sort()).toEqual(['country', 'person', 'quote']);
    expect(p1?.top).toEqual([
      { entity: 'p:رجب طيب اردوغان', name: 'رجب طيب أردوغان', type: 'person', mentions: 5 },
      { entity: 'TR', name: 'تركيا', type: 'country', mentions: 2 },
    ]);
    expect((await db.pages.get(2))?.types).toEqual([]);
    expect(await db.terms.count()).toBe(3);

    // The new indexes answer: words of titles, of entity names and of quotations, folded.
    expect(await findPageIds(db, { text: 'اردوغان' })).toEqual([1]);
    expect(await findPageIds(db, { text: 'الأمريكية' })).toEqual([3]);
    expect(await findPageIds(db, { text: 'سوريا' })).toEqual([1]);
    expect(await findPageIds(db, { text: 'الطقس' })).toEqual([2]);
    expect(await findPageIds(db, { type: 'country' })).toEqual([3, 1]);
    expect(await findPageIds(db, { type: 'quote' })).toEqual([1]);
    db.close();
  });

  it('upgrades an empty v1 database', async () => {
    const v1 = freshDb(1);
    await v1.open();
    v1.close();
    const db = new HamishDb(v1.name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.terms.count()).toBe(0);
    expect(await db.postings.count()).toBe(0);
    db.close();
  });
});

describe('schema upgrade v2 → v3', () => {
  it('builds the inverted index from every page\'s search words, and search reads it', async () => {
    const v2 = freshDb(2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const page = (id: number, title: string, lastVisit: number) =>
      ({ id, url: `https://x.example/${id}`, title, site: 'x.example', publishedAt: null, firstVisit: lastVisit, lastVisit, visits: 1,
        counts: { person: 0, country: 0, demonym: 0, place: 0, organization: 0, quote: 0 }, types: [], top: [] }) as PageRow;
    await v2.pages.bulkAdd([page(1, 'أردوغان في أنقرة', T0), page(2, 'بوتين وأردوغان', T0 + 1), page(3, 'الطقس', T0 + 2)]);
    await v2.terms.bulkAdd([
      { pageId: 1, tokens: ['اردوغان', 'في', 'انقره'] },
      { pageId: 2, tokens: ['بوتين', 'اردوغان', 'اردوغان'] },
      { pageId: 3, tokens: ['الطقس'] },
    ]);
    v2.close();

    const db = new HamishDb(v2.name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const rows = await db.postings.toArray();
    expect(rows.every((r) => r.bucket === 0)).toBe(true);
    expect(Object.fromEntries(rows.map((r) => [r.token, [...r.ids].sort()]))).toEqual({
      اردوغان: [1, 2], في: [1], انقره: [1], بوتين: [2], الطقس: [3],
    });
    expect(await db.terms.count()).toBe(3);
    expect(await findPageIds(db, { text: 'أردوغان' })).toEqual([2, 1]);
    expect(await findPageIds(db, { text: 'أردوغان بوتين' })).toEqual([2]);
    expect(await findPageIds(db, { text: 'أردو' })).toEqual([2, 1]);
    db.close();
  });
});

describe('schema upgrade v3 → v4', () => {
  it('stores the list order from the lastVisit index (equal visits: larger id first)', async () => {
    const v3 = freshDb(3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const page = (id: number, lastVisit: number) =>
      ({ id, url: `https://x.example/${id}`, title: `صفحة ${id}`, site: 'x.example', publishedAt: null, firstVisit: lastVisit, lastVisit, visits: 1,
        counts: { person: 0, country: 0, demonym: 0, place: 0, organization: 0, quote: 0 }, types: [], top: [] }) as PageRow;
    await v3.pages.bulkAdd([page(1, T0 + 5), page(2, T0), page(3, T0 + 5), page(4, T0 + 9)]);
    v3.close();

    const db = new HamishDb(v3.name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(Array.from((await db.recency.get('ids'))?.values ?? [])).toEqual([4, 3, 1, 2]);
    expect(Array.from((await db.recency.get('times'))?.values ?? [])).toEqual([T0 + 9, T0 + 5, T0 + 5, T0]);
    expect(await findPageIds(db)).toEqual([4, 3, 1, 2]);
    db.close();
  });
});
