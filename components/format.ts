import { t } from '@/utils/i18n';

// Dates and counts are formatted here, not by Intl: the first Intl formatter a renderer builds
// costs it 15–200 ms (ICU loading its data; measured in Chromium here), which the history's first
// view and a card's first opening would pay. The month names and the date's order come from the
// UI language's messages.
let months: string[] | undefined;

/** A date in the UI's language and the reader's time zone: 30 نوفمبر 2026, Nov 30, 2026. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  months ??= t('monthsShort').split('|');
  const month = months[d.getMonth()] ?? String(d.getMonth() + 1);
  return t('dateDayMonthYear', String(d.getDate()), month, String(d.getFullYear()));
}

/** A count with its thousands grouped: 12,345. */
export function formatCount(n: number): string {
  const whole = String(Math.trunc(n));
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
