import type { ComponentChildren } from 'preact';
import type { EntityDetail } from '@/utils/db/entities-repo';
import { t } from '@/utils/i18n';
import { MentionsChart } from './MentionsChart';
import { formatDate } from './format';

/** One entity: mentions over time, the quotations attributed to it, and its pages (the list is passed in). */
export function EntityDetailView(props: { detail: EntityDetail; name: string; pages: ComponentChildren; onBack(): void; onOpen(url: string): void }) {
  const d = props.detail;
  return (
    <section class="entity-detail" aria-labelledby="entity-name">
      <button type="button" class="back" onClick={props.onBack}>
        {t('historyBack')}
      </button>
      <h2 id="entity-name" data-entity={d.entity?.id}>
        {props.name}
      </h2>
      <MentionsChart series={d.series} />
      <h3>{t('historyEntityQuotes')}</h3>
      {d.quotes.length === 0 ? (
        <p class="muted">{t('historyEntityNoQuotes')}</p>
      ) : (
        <ul class="entity-quotes">
          {d.quotes.slice(0, 50).map((q) => (
            <li key={q.id}>
              <q>{q.text}</q>
              <a href={q.url} onClick={(e) => { e.preventDefault(); props.onOpen(q.url); }}>
                {q.title || q.url}
              </a>
              <span class="muted"> · {formatDate(q.visitedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>
        {t('historyEntityPages')} <span class="count">{d.pageIds.length}</span>
      </h3>
      {props.pages}
    </section>
  );
}
