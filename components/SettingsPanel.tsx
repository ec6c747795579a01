import type { HistorySettings } from '@/utils/messaging/schemas';
import type { HighlightTypes } from '@/utils/messaging/tab-protocol';
import { t } from '@/utils/i18n';
import { ConfirmButton } from './ConfirmButton';
import { HIGHLIGHT_LABELS } from './HighlightSwitches';

/** Where an export or import stands. */
export type TransferState =
  | { kind: 'idle' }
  | { kind: 'running'; what: 'export' | 'import'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

const RETENTION = [
  [0, 'historyRetentionForever'],
  [7, 'historyRetentionWeek'],
  [30, 'historyRetentionMonth'],
  [90, 'historyRetentionQuarter'],
  [365, 'historyRetentionYear'],
] as const;

/** The highlight types shown on new pages, history settings, export and import (with progress), and clearing everything. */
export function SettingsPanel(props: {
  settings: HistorySettings;
  /** The highlight types shown on a page until the reader switches them there; null while read. */
  defaults: HighlightTypes | null;
  onDefaults(change: Partial<HighlightTypes>): void;
  transfer: TransferState;
  onSettings(change: Partial<HistorySettings>): void;
  onExport(): void;
  onImport(file: File): void;
  onClear(): void;
}) {
  const s = props.settings;
  const tr = props.transfer;
  const running = tr.kind === 'running';
  const known = RETENTION.some(([d]) => d === s.retentionDays);
  return (
    <section class="settings" aria-label={t('historyTabSettings')}>
      {props.defaults && (
        <fieldset class="defaults">
          <legend>{t('settingsDefaultHighlights')}</legend>
          {(Object.keys(HIGHLIGHT_LABELS) as Array<keyof HighlightTypes>).map((type) => (
            <label key={type} class={`check switch-${type}`}>
              <input type="checkbox" name={`default-${type}`} checked={props.defaults?.[type]} onChange={(e) => props.onDefaults({ [type]: e.currentTarget.checked })} />
              {t(HIGHLIGHT_LABELS[type])}
            </label>
          ))}
        </fieldset>
      )}
      <label class="check">
        <input type="checkbox" name="paused" checked={s.paused} onChange={(e) => props.onSettings({ paused: e.currentTarget.checked })} />
        {t('historyPause')}
      </label>
      <label class="check">
        <input type="checkbox" name="recordPrivate" checked={s.recordPrivate} onChange={(e) => props.onSettings({ recordPrivate: e.currentTarget.checked })} />
        {t('historyPrivate')}
      </label>
      <label>
        {t('historyRetention')}{' '}
        <select name="retention" value={String(s.retentionDays)} onChange={(e) => props.onSettings({ retentionDays: Number(e.currentTarget.value) })}>
          {RETENTION.map(([days, key]) => (
            <option key={days} value={String(days)}>
              {t(key)}
            </option>
          ))}
          {!known && <option value={String(s.retentionDays)}>{s.retentionDays}</option>}
        </select>
      </label>
      <div class="transfer">
        <button type="button" data-action="export" disabled={running} onClick={props.onExport}>
          {t('historyExport')}
        </button>
        <label class={`file-button${running ? ' disabled' : ''}`}>
          {t('historyImport')}
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            disabled={running}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onImport(file);
            }}
          />
        </label>
        {running && (
          <progress class="progress" aria-label={t('historyProgress')} value={tr.done} max={Math.max(1, tr.total)} data-what={tr.what} />
        )}
        {tr.kind === 'done' && (
          <p class="note" role="status" data-transfer="done">
            {tr.message}
          </p>
        )}
        {tr.kind === 'error' && (
          <p class="problem" role="alert" data-transfer="error">
            {tr.message}
          </p>
        )}
      </div>
      <ConfirmButton name="clear" label={t('historyClearAll')} question={t('historyClearConfirm')} yes={t('historyClearYes')} no={t('historyCancel')} onConfirm={props.onClear} />
    </section>
  );
}
