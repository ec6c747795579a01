import type { HighlightTypes } from '@/utils/messaging/tab-protocol';
import { t } from '@/utils/i18n';

/** The message naming each highlight type. */
export const HIGHLIGHT_LABELS = { person: 'popupPeople', country: 'popupCountries', demonym: 'popupDemonyms', quote: 'popupQuotes' } as const;

/** One switch per highlight type, with the page's mention count beside it. */
export function HighlightSwitches(props: {
  types: HighlightTypes;
  counts: Record<keyof HighlightTypes, number>;
  onChange(type: keyof HighlightTypes, on: boolean): void;
}) {
  return (
    <fieldset class="switches">
      <legend>{t('popupShowHighlights')}</legend>
      {(Object.keys(HIGHLIGHT_LABELS) as Array<keyof HighlightTypes>).map((type) => (
        <label key={type} class={`switch switch-${type}`}>
          <input type="checkbox" role="switch" name={type} checked={props.types[type]} onChange={(e) => props.onChange(type, e.currentTarget.checked)} />
          <span>{t(HIGHLIGHT_LABELS[type])}</span>
          <span class="count" data-count={type}>
            {props.counts[type]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
