/**
 * Entity-side queries: the earlier pages of an entity (for the context card), the people and
 * countries read about most in a period, and one entity's pages, quotations and mentions over time.
 */
import type { EntityPage } from '@/utils/messaging/schemas';
import type { EntityType } from '@/utils/nlp/types';
import type { EntityRow, HamishDb, QuoteRow } from './schema';

const DAY_MS = 86_400_000;

/** Pages that mention `entity`, newest visit first, without `excludeUrl` (the page being read). */
export async function entityPages(
  db: HamishDb,
  entity: string,
  opts: { excludeUrl?: string | null; limit?: number } = {},
): Promise<{ total: number; pages: EntityPage[] }> {
  const mentions = (await db.mentions.where('[entity+visitedAt]').between([entity, -Infinity], [entity, Infinity]).toArray()).reverse();
  const rows = await db.pages.bulkGet(mentions.map((m) => m.pageId));
  const pages: EntityPage[] = [];
  rows.forEach((p, i) => {
    if (p && p.url !== opts.excludeUrl) pages.push({ url: p.url, title: p.title, visitedAt: p.lastVisit, mentions: mentions[i]?.count ?? 0 });
  });
  return { total: pages.length, pages: pages.slice(0, opts.limit ?? 20) };
}

/** An entity with its mentions summed over a period. */
export interface EntityTally {
  entity: string;
  name: string;
  type: EntityType;
  mentions: number;
  pages: number;
}

/** The people and countries with the most mentions in pages visited since `since`. */
export async function topEntities(db: HamishDb, since: number, limit = 20): Promise<EntityTally[]> {
  const tally = new Map<string, { type: EntityType; mentions: number; pages: number }>();
  await db.mentions.where('visitedAt').aboveOrEqual(since).each((m) => {
    if (m.type !== 'person' && m.type !== 'country') return;
    const t = tally.get(m.entity) ?? { type: m.type, mentions: 0, pages: 0 };
    t.mentions += m.count;
    t.pages += 1;
    tally.set(m.entity, t);
  });
  const best = [...tally.entries()].sort((a, b) => b[1].mentions - a[1].mentions || b[1].pages - a[1].pages).slice(0, limit);
  const rows = await db.entities.bulkGet(best.map(([id]) => id));
  return best.map(([entity, t], i) => ({ entity, name: rows[i]?.name ?? entity, ...t }));
}

/** One day of an entity's mentions. */
export interface MentionPoint {
  /** Start of the day (local time, ms). */
  day: number;
  mentions: number;
}

/** Everything the entity view shows about one entity. */
export interface EntityDetail {
  entity: EntityRow | null;
  /** Page ids, newest visit first. */
  pageIds: number[];
  quotes: Array<QuoteRow & { url: string; title: string }>;
  /** Mentions per day over the last `days` days, oldest first, zero days included. */
  series: MentionPoint[];
}

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The entity's row, pages, quotations (as speaker) and daily mentions over `days` days to `now`. */
export async function entityDetail(db: HamishDb, entity: string, now: number, days = 30): Promise<EntityDetail> {
  const [row, mentions, quotes] = await Promise.all([
    db.entities.get(entity),
    db.mentions.where('[entity+visitedAt]').between([entity, -Infinity], [entity, Infinity]).toArray().then((m) => m.reverse()),
    db.quotes.where('speakerEntity').equals(entity).reverse().sortBy('visitedAt'),
  ]);
  const quotePages = await db.pages.bulkGet([...new Set(quotes.map((q) => q.pageId))]);
  const byId = new Map(quotePages.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const first = startOfDay(now) - (days - 1) * DAY_MS;
  const series: MentionPoint[] = Array.from({ length: days }, (_, i) => ({ day: startOfDay(first + i * DAY_MS + DAY_MS / 2), mentions: 0 }));
  for (const m of mentions) {
    if (m.visitedAt < first) continue;
    const point = series.find((p, i) => m.visitedAt >= p.day && (i === days - 1 || m.visitedAt < (series[i + 1]?.day ?? Infinity)));
    if (point) point.mentions += m.count;
  }
  return {
    entity: row ?? null,
    pageIds: mentions.map((m) => m.pageId),
    quotes: quotes.flatMap((q) => {
      const p = byId.get(q.pageId);
      return p ? [{ ...q, url: p.url, title: p.title }] : [];
    }),
    series,
  };
}
