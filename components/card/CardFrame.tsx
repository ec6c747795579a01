import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import { Legend } from './Legend';

/** The dialog around every card: labelled by its heading, a close button, the legend. */
export function CardFrame(props: { onClose(): void; onKeyDown(e: KeyboardEvent): void; children: ComponentChildren }) {
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="hamish-card-title" dir="rtl" lang="ar" onKeyDown={props.onKeyDown}>
      <button type="button" class="close" onClick={props.onClose} aria-label={t('cardClose')}>
        ×
      </button>
      {props.children}
      <Legend />
    </div>
  );
}
