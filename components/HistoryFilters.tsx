import type { HistoryFilter, PageKind } from '@/utils/db/history-query';
import { t } from '@/utils/i18n';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a date input ↔ local midnight in ms. */
function fromDateInput(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}
function toDateInput(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Search box and filters of the history list (site, what the page mentions, date range). */
export function HistoryFilters(props: { filter: HistoryFilter; sites: string[]; onChange(next: HistoryFilter): void }) {
  const f = props.filter;
  const set = (change: Partial<HistoryFilter>) => props.onChange({ ...f, ...change });
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        name="q"
        class="search"
        placeholder={t('historySearch')}
        aria-label={t('historySearch')}
        value={f.text ?? ''}
        onInput={(e) => set({ text: e.currentTarget.value || undefined })}
      />
      <div class="filter-row">
        <label>
          {t('historySite')}
          <select name="site" value={f.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })}>
            <option value="">{t('historyAllSites')}</option>
            {props.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('historyType')}
          <select name="type" value={f.type ?? ''} onChange={(e) => set({ type: (e.currentTarget.value || undefined) as PageKind | undefined })}>
            <option value="">{t('historyAllTypes')}</option>
            <option value="person">{t('historyWithPeople')}</option>
            <option value="country">{t('historyWithCountries')}</option>
            <option value="quote">{t('historyWithQuotes')}</option>
          </select>
        </label>
        <label>
          {t('historyFrom')}
          <input type="date" name="from" value={toDateInput(f.from)} onChange={(e) => set({ from: fromDateInput(e.currentTarget.value) })} />
        </label>
        <label>
          {t('historyTo')}
          <input
            type="date"
            name="to"
            value={toDateInput(f.to === undefined ? undefined : f.to - DAY_MS + 1)}
            onChange={(e) => {
              const day = fromDateInput(e.currentTarget.value);
              // The whole of the last day counts: up to the next midnight.
              set({ to: day === undefined ? undefined : day + DAY_MS - 1 });
            }}
          />
        </label>
      </div>
    </form>
  );
}
