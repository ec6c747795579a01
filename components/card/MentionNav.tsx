import { t } from '@/utils/i18n';

/** "Mention 2 of 5" with previous/next buttons that scroll to and flash each mention. */
export function MentionNav(props: { index: number; count: number; onPrev(): void; onNext(): void }) {
  const { index, count } = props;
  return (
    <div class="mentions" role="group" aria-label={t('cardMentions')}>
      <button type="button" onClick={props.onPrev} disabled={count < 2} aria-label={t('cardPrevMention')}>
        ‹
      </button>
      <span aria-live="polite">{t('cardMentionOf', String(index + 1), String(count))}</span>
      <button type="button" onClick={props.onNext} disabled={count < 2} aria-label={t('cardNextMention')}>
        ›
      </button>
    </div>
  );
}
