import { t } from '@/utils/i18n';

const ITEMS = [
  { type: 'person', label: 'legendPerson' },
  { type: 'country', label: 'legendCountry' },
  { type: 'demonym', label: 'legendDemonym' },
  { type: 'quote', label: 'legendQuote' },
] as const;

/** The key to the highlight colours and underline styles (swatches drawn with the same styles). */
export function Legend() {
  return (
    <ul class="legend" aria-label={t('legendTitle')}>
      {ITEMS.map(({ type, label }) => (
        <li key={type}>
          <span class={`swatch swatch-${type}`} aria-hidden="true">
            أب
          </span>
          {t(label)}
        </li>
      ))}
    </ul>
  );
}
