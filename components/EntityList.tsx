import type { PageEntity } from '@/utils/messaging/page-summary';
import { t } from '@/utils/i18n';
import { compareNames } from '@/utils/sorted';

/**
 * People or countries of the page, most mentioned first; choosing one asks the page to scroll
 * to it and open its card.
 */
export function EntityList(props: { title: string; kind: string; entities: PageEntity[]; onReveal(entity: string): void }) {
  if (props.entities.length === 0) return null;
  const sorted = [...props.entities].sort((a, b) => b.mentions - a.mentions || compareNames(a.name, b.name));
  return (
    <section class="entity-list" aria-label={props.title} data-kind={props.kind}>
      <h2>
        {props.title} <span class="count">{sorted.length}</span>
      </h2>
      <ul>
        {sorted.map((e) => (
          <li key={e.entity}>
            <button type="button" class={`item item-${e.demonym ? 'demonym' : e.type}`} data-entity={e.entity} onClick={() => props.onReveal(e.entity)}>
              <span class="name">{e.name}</span>
              {e.role && <span class="role">{e.role}</span>}
              <span class="mentions" aria-label={t('popupMentions', String(e.mentions))}>
                {e.mentions}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
