import { t } from '@/utils/i18n';

/** What Hamish does, for pages it leaves alone or cannot reach. */
export function EmptyState(props: { unreachable?: boolean }) {
  return (
    <section class="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('emptyTitle')}</h2>
      {props.unreachable && <p class="note" data-empty="unreachable">{t('emptyNoContentScript')}</p>}
      <p>{t('emptyBody')}</p>
    </section>
  );
}
