import type { PageRow } from '@/utils/db/schema';
import { t } from '@/utils/i18n';
import { formatDate } from './format';

/**
 * One page of the history: its title (opens the page), site, last visit and the people and
 * countries it mentions most; a placeholder while its row loads.
 */
export function HistoryRow(props: {
  page: PageRow | undefined;
  onOpen(url: string): void;
  onDelete?(page: PageRow): void;
  onEntity?(entity: string): void;
}) {
  const p = props.page;
  if (!p) return <div class="hrow loading" aria-busy="true" />;
  const title = p.title || p.url;
  return (
    <article class="hrow" data-page-id={p.id}>
      <a class="title" href={p.url} title={title} onClick={(e) => { e.preventDefault(); props.onOpen(p.url); }}>
        {title}
      </a>
      <p class="meta">
        <span class="site">{p.site}</span> · <time dateTime={new Date(p.lastVisit).toISOString()}>{formatDate(p.lastVisit)}</time>
        {p.visits > 1 && <span class="visits"> · {t('historyVisits', String(p.visits))}</span>}
      </p>
      <p class="chips">
        {p.top.map((e) => (
          <button type="button" key={e.entity} class={`chip chip-${e.type}`} onClick={() => props.onEntity?.(e.entity)}>
            {e.name}
          </button>
        ))}
      </p>
      {props.onDelete && (
        <button type="button" class="delete" aria-label={t('historyDeleteLabel', title)} onClick={() => props.onDelete?.(p)}>
          {t('historyDelete')}
        </button>
      )}
    </article>
  );
}
