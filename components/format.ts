import { t } from '@/utils/i18n';

/** A date in the UI's language (Arabic digits in the Arabic UI). */
export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(t('uiLang'), { year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
}

/** A count in the UI's language. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(t('uiLang')).format(n);
}
