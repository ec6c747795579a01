/**
 * Page-level summaries of an analysis: one row per entity with its mention count, as the popup
 * lists them and the history stores them.
 */
import type { PageEntity } from '@/utils/messaging/page-summary';
import type { EntityMention } from './types';
import { compareNames } from '../sorted';

/**
 * One row per entity id, most mentioned first; `roles` maps a person id to the role the
 * article gives them.
 * @example summarizeEntities([{ entity: 'EG', type: 'country', name: 'مصر', … } ×2]) → [{ entity: 'EG', mentions: 2, … }]
 */
export function summarizeEntities(mentions: readonly EntityMention[], roles?: ReadonlyMap<string, string>): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const m of mentions) {
    const key = `${m.entity}${m.demonym ? '#d' : ''}`;
    const row = byId.get(key);
    if (row) {
      row.mentions++;
      if (m.name.length > row.name.length && m.type === 'person') row.name = m.name;
      continue;
    }
    const entry: PageEntity = { entity: m.entity, type: m.type, name: m.name, mentions: 1 };
    if (m.demonym) entry.demonym = true;
    const role = roles?.get(m.entity) ?? (m as EntityMention & { role?: string }).role;
    if (role) entry.role = role;
    byId.set(key, entry);
  }
  return [...byId.values()].sort((a, b) => b.mentions - a.mentions || compareNames(a.name, b.name));
}
