/**
 * What a page row carries beside the visit itself, derived from its mentions and quotations:
 * the kinds present (type filter), the top entities (list view) and the search words.
 */
import type { EntityType } from '@/utils/nlp/types';
import type { TopEntity, TypeCounts } from './schema';
import { searchTokens } from './search-terms';
import { compareNames } from '@/utils/sorted';

/** How many people and how many countries the list view shows per page. */
const TOP_PER_TYPE = 3;

/** A mention with the entity's display name. */
export interface NamedMention {
  entity: string;
  name: string;
  type: EntityType;
  count: number;
}

/** Per-page data derived from mentions and quotations (shared by writes and the v2 upgrade). */
export interface PageDerived {
  types: Array<keyof TypeCounts>;
  top: TopEntity[];
  tokens: string[];
}

/** Counts, top entities and search words of one page. */
export function pageDerived(
  title: string,
  counts: TypeCounts,
  mentions: NamedMention[],
  quotes: Array<{ text: string; speaker: string | null }>,
): PageDerived {
  const types = (Object.keys(counts) as Array<keyof TypeCounts>).filter((k) => counts[k] > 0);
  const byCount = [...mentions].sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
  const top: TopEntity[] = [];
  for (const type of ['person', 'country'] as const) {
    for (const m of byCount.filter((x) => x.type === type).slice(0, TOP_PER_TYPE)) {
      top.push({ entity: m.entity, name: m.name, type, mentions: m.count });
    }
  }
  const texts = [title, ...mentions.map((m) => m.name), ...quotes.flatMap((q) => (q.speaker ? [q.text, q.speaker] : [q.text]))];
  return { types, top, tokens: searchTokens(texts) };
}

/** Rows grouped by their page id. */
export function groupByPage<T extends { pageId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.pageId);
    if (list) list.push(r);
    else out.set(r.pageId, [r]);
  }
  return out;
}
