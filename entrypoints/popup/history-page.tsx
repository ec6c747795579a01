import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { browser as browserApi } from 'wxt/browser';
import type { PageRow } from '@/utils/db/schema';
import { FIRST_SCREEN_ROWS } from '@/utils/db/first-screen';
import { historyProblem } from '@/utils/db/connection';
import { filterPageIds, listSites, newestPages, orderedPageIds, type HistoryFilter } from '@/utils/db/history-query';
import { entityDetail, topEntities } from '@/utils/db/entities-repo';
import { readSettings } from '@/utils/db/settings-repo';
import { readHighlightDefaults, writeHighlightDefaults } from '@/utils/highlight/defaults';
import type { HighlightTypes } from '@/utils/messaging/tab-protocol';
import { sendMessage } from '@/utils/messaging/send';
import type { HistorySettings } from '@/utils/messaging/schemas';
import { t } from '@/utils/i18n';
import { HistoryFilters } from '@/components/HistoryFilters';
import { PageList } from '@/components/PageList';
import { ProblemBanner } from '@/components/ProblemBanner';
import { SettingsPanel, type TransferState } from '@/components/SettingsPanel';
import { TopEntities, type Period } from '@/components/TopEntities';
import { EntityDetailView } from '@/components/EntityDetailView';
import { formatCount } from '@/components/format';
import { useHistoryDb, useLive, useRows } from './history-data';
import { downloadHistory, importHistoryFile, valueOf } from './history-actions';

type Tab = 'pages' | 'entities' | 'settings';

const DAY_MS = 86_400_000;
const PERIOD_DAYS: Record<Period, number> = { week: 7, month: 30 };

/**
 * The reading history (`popup.html#history`): pages, most-read entities, settings.
 * `firstScreen`: the newest rows, read with plain IndexedDB as the popup loaded (see
 * utils/db/first-screen.ts); shown until Dexie, opened once that read is done, reads them.
 */
export function HistoryPage({ browser, firstScreen = null }: { browser: typeof browserApi; firstScreen?: Promise<PageRow[] | null> | null }) {
  const { db, problem, setProblem, early } = useHistoryDb(firstScreen);
  const [tab, setTab] = useState<Tab>('pages');
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [period, setPeriod] = useState<Period>('week');
  const [entity, setEntity] = useState<string | null>(null);
  const [transfer, setTransfer] = useState<TransferState>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const listHeight = Math.max(280, innerHeight - 230);
  const [defaults, setDefaults] = useState<HighlightTypes | null>(null);
  useEffect(() => {
    if (tab === 'settings' && !defaults) void readHighlightDefaults(browser.storage.local).then(setDefaults);
  }, [tab, defaults]);

  const filterKey = JSON.stringify(filter);
  const hasFilter = filterKey !== '{}';
  // The first screen needs the newest few pages only; the whole ordered list follows, and a
  // filter is a set of ids applied to it, so a search does not read the order again.
  const head = useLive(db, 'head', (d) => newestPages(d, FIRST_SCREEN_ROWS));
  // Until Dexie has read them, the rows read with plain IndexedDB stand in.
  const headRows = head.value ?? early ?? undefined;
  const headIds = useMemo(() => headRows?.map((p) => p.id), [headRows]);
  // Reading every id waits until the first rows are on screen (or a filter needs them):
  // IndexedDB would otherwise serve the long read before the few rows of the first screen.
  const [wantAll, setWantAll] = useState(false);
  const all = useLive(wantAll || hasFilter ? db : null, 'all', orderedPageIds);
  const keep = useLive(hasFilter ? db : null, filterKey, (d) => filterPageIds(d, filter));
  const current = useMemo(() => {
    if (!hasFilter) return all.value ?? headIds;
    if (!all.value || keep.key !== filterKey || keep.value === undefined) return undefined;
    const set = keep.value;
    return set ? all.value.filter((id) => set.has(id)) : all.value;
  }, [hasFilter, filterKey, all.value, headIds, keep]);
  // While a new filter runs, the previous list stays on screen.
  const shown = useRef<number[] | undefined>(undefined);
  if (current) shown.current = current;
  const ids = { value: shown.current, ready: current !== undefined && (hasFilter || all.value !== undefined) };
  const sites = useLive(db, 'sites', listSites);
  const settings = useLive(db, 'settings', readSettings);
  const since = useMemo(() => Date.now() - PERIOD_DAYS[period] * DAY_MS, [period]);
  const tallies = useLive(tab === 'entities' ? db : null, `top:${period}`, (d) => topEntities(d, since, 40));
  const detail = useLive(entity ? db : null, `entity:${entity}:${period}`, (d) => entityDetail(d, entity ?? '', Date.now(), PERIOD_DAYS[period]));
  const pageRows = useRows(db, ids.value, headRows);
  const firstShown = ids.value?.[0] !== undefined && pageRows.rowOf(ids.value[0]) !== undefined;
  useEffect(() => {
    if (firstShown || ids.value?.length === 0) setWantAll(true);
  }, [firstShown, ids.value]);
  const entityRows = useRows(db, entity ? detail.value?.pageIds : undefined);

  /** Runs a background write; a storage problem becomes the banner, anything else a notice. */
  const write = async <T,>(step: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await step();
      setNotice(null);
      // A write that goes through again shows the disk has room again.
      setProblem((p) => (p?.problem === 'quota' ? null : p));
      return value;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const coded = historyProblem(message);
      if (coded) setProblem({ problem: coded, detail: message });
      else setNotice(t('writeFailed', message));
      return undefined;
    }
  };
  const open = (url: string) => void browser.tabs.create({ url });
  const showEntity = (e: string) => {
    setEntity(e);
    setTab('entities');
  };
  const progress = (what: 'export' | 'import') => (done: number, total: number) => setTransfer({ kind: 'running', what, done, total });

  const count = ids.value?.length ?? 0;
  return (
    <main class="hamish-history">
      <header>
        <h1>{t('historyTitle')}</h1>
        <nav role="tablist">
          {(['pages', 'entities', 'settings'] as const).map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} data-tab={k} onClick={() => setTab(k)}>
              {t(k === 'pages' ? 'historyTabPages' : k === 'entities' ? 'historyTabEntities' : 'historyTabSettings')}
            </button>
          ))}
        </nav>
      </header>
      {problem && <ProblemBanner problem={problem.problem} detail={problem.detail} />}
      {notice && (
        <p class="problem" role="alert" data-notice="write">
          {notice}
        </p>
      )}
      {settings.value?.paused && <p class="note" data-note="paused">{t('historyPaused')}</p>}
      {!db && !early && !problem && <p aria-busy="true">{t('loading')}</p>}
      {(db || early) && tab === 'pages' && (
        <section role="tabpanel" aria-label={t('historyTabPages')}>
          <HistoryFilters filter={filter} sites={sites.value ?? []} onChange={setFilter} />
          <p class="muted" role="status" data-results-for={ids.ready ? (filter.text ?? '') : undefined}>
            {ids.ready && t('historyCount', formatCount(count))}
          </p>
          {ids.ready && count === 0 && <p class="muted">{filterKey === '{}' ? t('historyEmpty') : t('historyNoResults')}</p>}
          {count > 0 && (
            <PageList
              ids={ids.value ?? []}
              rowOf={pageRows.rowOf}
              label={t('historyTabPages')}
              height={listHeight}
              onRange={pageRows.onRange}
              onOpen={open}
              onEntity={showEntity}
              onDelete={(p) => void write(async () => valueOf(await sendMessage('deletePage', { pageId: p.id })))}
              attrs={{ 'data-list': 'pages' }}
            />
          )}
        </section>
      )}
      {db && tab === 'entities' && (
        <section role="tabpanel" aria-label={t('historyTabEntities')}>
          {!entity && <TopEntities period={period} tallies={tallies.value ?? []} onPeriod={setPeriod} onSelect={setEntity} />}
          {entity && detail.value && (
            <EntityDetailView
              detail={detail.value}
              name={detail.value.entity?.name ?? entity}
              onBack={() => setEntity(null)}
              onOpen={open}
              pages={
                <PageList
                  ids={detail.value.pageIds}
                  rowOf={entityRows.rowOf}
                  label={t('historyEntityPages')}
                  height={Math.min(listHeight, 360)}
                  onRange={entityRows.onRange}
                  onOpen={open}
                  attrs={{ 'data-list': 'entity-pages' }}
                />
              }
            />
          )}
        </section>
      )}
      {db && tab === 'settings' && settings.value && (
        <SettingsPanel
          settings={settings.value}
          defaults={defaults}
          onDefaults={(change) =>
            void writeHighlightDefaults(browser.storage.local, change).then(setDefaults, (err: unknown) => setNotice(t('writeFailed', err instanceof Error ? err.message : String(err))))
          }
          transfer={transfer}
          onSettings={(change: Partial<HistorySettings>) => void write(async () => valueOf(await sendMessage('updateSettings', change)))}
          onExport={() =>
            void downloadHistory(db, progress('export'))
              .then((n) => setTransfer({ kind: 'done', message: t('historyExported', formatCount(n)) }))
              .catch((err: unknown) => setTransfer({ kind: 'error', message: String(err) }))
          }
          onImport={(file) =>
            void importHistoryFile(file, progress('import')).then((r) => setTransfer({ kind: r.ok ? 'done' : 'error', message: r.message }))
          }
          onClear={() =>
            void write(async () => {
              valueOf(await sendMessage('clearHistory', { confirm: true }));
              setTransfer({ kind: 'done', message: t('historyCleared') });
            })
          }
        />
      )}
    </main>
  );
}
