import { t } from '@/utils/i18n';
import { formatDate } from '../format';

export interface EarlierPage { url: string; title: string; visitedAt: number }
export type EarlierPagesState = { state: 'loading' } | { state: 'ready'; total: number; pages: EarlierPage[] } | { state: 'unavailable'; reason: string };

/** Earlier pages of the reading history that mention this entity, each openable. */
export function EarlierPages(props: { data: EarlierPagesState; onOpen(url: string): void }) {
  const { data } = props;
  if (data.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.state === 'unavailable') return <p class="muted">{data.reason}</p>;
  if (data.total === 0) return <p class="muted">{t('cardFirstTime')}</p>;
  return (
    <section aria-label={t('cardEarlierPages')}>
      <h3>{t('cardEarlierCount', String(data.total))}</h3>
      <ul class="pages">
        {data.pages.slice(0, 5).map((p) => (
          <li key={p.url}>
            <a href={p.url} onClick={(e) => { e.preventDefault(); props.onOpen(p.url); }}>
              {p.title || p.url}
            </a>
            <span class="muted"> · {formatDate(p.visitedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
