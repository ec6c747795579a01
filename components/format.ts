import { t } from '@/utils/i18n';

// Building an Intl formatter costs far more than using one: a long list formats many dates.
let dates: Intl.DateTimeFormat | undefined;
let numbers: Intl.NumberFormat | undefined;

/** A date in the UI's language (Arabic digits in the Arabic UI). */
export function formatDate(ms: number): string {
  dates ??= new Intl.DateTimeFormat(t('uiLang'), { year: 'numeric', month: 'short', day: 'numeric' });
  return dates.format(ms);
}

/** A count in the UI's language. */
export function formatCount(n: number): string {
  numbers ??= new Intl.NumberFormat(t('uiLang'));
  return numbers.format(n);
}
