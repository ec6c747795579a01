import type { EntityTally } from '@/utils/db/entities-repo';
import { t } from '@/utils/i18n';

/** A period of the "most read" view. */
export type Period = 'week' | 'month';

function Tallies(props: { title: string; kind: string; items: EntityTally[]; onSelect(entity: string): void }) {
  return (
    <section class="entity-list" aria-label={props.title} data-kind={props.kind}>
      <h2>{props.title}</h2>
      <ol>
        {props.items.map((e) => (
          <li key={e.entity}>
            <button type="button" class={`item item-${e.type}`} data-entity={e.entity} onClick={() => props.onSelect(e.entity)}>
              <span class="name">{e.name}</span>
              <span class="mentions" aria-label={t('popupMentions', String(e.mentions))}>
                {e.mentions}
              </span>
              <span class="pages">{t('historyPagesOf', String(e.pages))}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The people and countries read about most this week or month. */
export function TopEntities(props: { period: Period; tallies: EntityTally[]; onPeriod(p: Period): void; onSelect(entity: string): void }) {
  const people = props.tallies.filter((e) => e.type === 'person').slice(0, 10);
  const countries = props.tallies.filter((e) => e.type === 'country').slice(0, 10);
  return (
    <div class="top-entities">
      <div class="periods" role="radiogroup">
        {(['week', 'month'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name="period" value={p} checked={props.period === p} onChange={() => props.onPeriod(p)} />
            {t(p === 'week' ? 'historyWeek' : 'historyMonth')}
          </label>
        ))}
      </div>
      {people.length + countries.length === 0 && <p class="muted">{t('historyNoTop')}</p>}
      {people.length > 0 && <Tallies title={t('popupPeople')} kind="person" items={people} onSelect={props.onSelect} />}
      {countries.length > 0 && <Tallies title={t('popupCountries')} kind="country" items={countries} onSelect={props.onSelect} />}
    </div>
  );
}
