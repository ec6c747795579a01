import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HamishDb } from '@/utils/db/schema';
import { recordVisit } from '@/utils/db/pages-repo';
import { filterPageIds, findPageIds, listSites, newestPages, orderedPageIds, pagesByIds } from '@/utils/db/history-query';
import { erdogan, freshDb, putin, quoteOf, russian, summary, turkey, usa } from './support/history';

let db: HamishDb;
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 10);
const ids: Record<string, number> = {};

beforeEach(async () => {
  db = freshDb();
  const add = async (key: string, url: string, over: Parameters<typeof summary>[1], at: number) => {
    ids[key] = (await recordVisit(db, summary(url, over), at))!.pageId;
  };
  await add('ankara', 'https://www.aljazeera.net/1', { title: 'أردوغان يستقبل بوتين', entities: [erdogan, putin, turkey], quotes: [] }, T0 - 5 * DAY);
  await add('usa', 'https://bbc.com/arabic/2', { title: 'انتخابات في أمريكا', entities: [usa], quotes: [quoteOf('سنفوز بالانتخابات', null)] }, T0 - 3 * DAY);
  await add('moscow', 'https://www.aljazeera.net/3', { title: 'الجيش الروسي يتقدم', entities: [russian], quotes: [quoteOf('لن نتراجع', putin)] }, T0 - DAY);
  await add('weather', 'https://arabic.cnn.com/4', { title: 'طقس حار في الرياض', entities: [], quotes: [] }, T0);
});
afterEach(() => db.close());

describe('search', () => {
  it.each([
    ['امريكا', ['usa']], // no hamza finds أمريكا
    ['أمريكا', ['usa']],
    ['الأمريكية', ['usa']], // entity name
    ['اردوغان', ['ankara']],
    ['أردو', ['ankara']], // word prefix
    ['بوتين', ['moscow', 'ankara']], // title/entity and quotation speaker
    ['نتراجع', ['moscow']], // quotation text
    ['بالانتخابات', ['usa']],
    ['انتخابات', ['usa']], // the bare word finds بالانتخابات
    ['بوتين تركيا', ['ankara']], // every word must match
    ['طَقْس', ['weather']], // tashkeel in the query
    ['الرياض', ['weather']],
  ])('%s → %j', async (q, want) => {
    expect(await findPageIds(db, { text: q })).toEqual(want.map((k) => ids[k]));
  });

  it.each([['مصر'], ['بوتين مصر'], ['zzz'], ['طق'], ['ال'], ['الر']])('%s finds nothing', async (q) => {
    expect(await findPageIds(db, { text: q })).toEqual([]);
  });

  it('matches words shorter than four letters whole, longer ones as prefixes', async () => {
    await recordVisit(db, summary('https://x.example/gaza', { title: 'غزة تحت القصف', entities: [], quotes: [] }), T0 + DAY);
    expect(await findPageIds(db, { text: 'غزة' })).toEqual([(await db.pages.where('url').equals('https://x.example/gaza').first())?.id]);
    expect(await findPageIds(db, { text: 'غز' })).toEqual([]);
    expect(await findPageIds(db, { text: 'انتخ' })).toEqual([ids.usa]);
  });

  it('ignores a query without a usable word', async () => {
    expect(await findPageIds(db, { text: 'و ؟' })).toHaveLength(4);
  });
});

describe('filters', () => {
  it('orders by last visit, newest first, and a revisit moves a page up', async () => {
    expect(await findPageIds(db)).toEqual([ids.weather, ids.moscow, ids.usa, ids.ankara]);
    await recordVisit(db, summary('https://www.aljazeera.net/1'), T0 + DAY);
    expect((await findPageIds(db))[0]).toBe(ids.ankara);
  });

  it('filters by site, type and date range, together with the search', async () => {
    expect(await findPageIds(db, { site: 'aljazeera.net' })).toEqual([ids.moscow, ids.ankara]);
    expect(await findPageIds(db, { type: 'person' })).toEqual([ids.ankara]);
    expect(await findPageIds(db, { type: 'country' })).toEqual([ids.moscow, ids.usa, ids.ankara]);
    expect(await findPageIds(db, { type: 'quote' })).toEqual([ids.moscow, ids.usa]);
    expect(await findPageIds(db, { from: T0 - 4 * DAY, to: T0 - DAY })).toEqual([ids.moscow, ids.usa]);
    expect(await findPageIds(db, { from: T0 - 2 * DAY })).toEqual([ids.weather, ids.moscow]);
    expect(await findPageIds(db, { site: 'aljazeera.net', text: 'بوتين', type: 'quote' })).toEqual([ids.moscow]);
    expect(await findPageIds(db, { site: 'bbc.com', type: 'person' })).toEqual([]);
  });

  it('gives the newest ids first, and a filter as a set over them', async () => {
    expect(await orderedPageIds(db)).toEqual([ids.weather, ids.moscow, ids.usa, ids.ankara]);
    expect((await newestPages(db, 2)).map((p) => p.id)).toEqual([ids.weather, ids.moscow]);
    expect(await filterPageIds(db, {})).toBeNull();
    expect(await filterPageIds(db, { text: 'بوتين', site: 'aljazeera.net' })).toEqual(new Set([ids.moscow, ids.ankara]));
    expect(await filterPageIds(db, { text: 'مصر', site: 'aljazeera.net' })).toEqual(new Set());
  });

  it('lists the sites and reads rows in the order asked', async () => {
    expect(await listSites(db)).toEqual(['aljazeera.net', 'arabic.cnn.com', 'bbc.com']);
    const rows = await pagesByIds(db, [ids.usa!, 999, ids.weather!]);
    expect(rows.map((r) => r.title)).toEqual(['انتخابات في أمريكا', 'طقس حار في الرياض']);
  });
});
