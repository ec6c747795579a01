/**
 * The reader's history settings, one row in the history database.
 */
import type { HistorySettings } from '@/utils/messaging/schemas';
import type { HamishDb } from './schema';

/** Settings of a new installation: record, keep everything, leave private windows alone. */
export const DEFAULT_SETTINGS: HistorySettings = { paused: false, retentionDays: 0, recordPrivate: false };

const DAY_MS = 86_400_000;

/** The stored settings, defaults filled in. */
export async function readSettings(db: HamishDb): Promise<HistorySettings> {
  const row = await db.settings.get('settings');
  if (!row) return { ...DEFAULT_SETTINGS };
  return { paused: row.paused, retentionDays: row.retentionDays, recordPrivate: row.recordPrivate };
}

/** Changes some settings and returns all of them. */
export async function writeSettings(db: HamishDb, change: Partial<HistorySettings>): Promise<HistorySettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await readSettings(db)), ...change };
    await db.settings.put({ key: 'settings', ...next });
    return next;
  });
}

/** The time before which pages are pruned, or null when everything is kept. */
export function retentionCutoff(settings: HistorySettings, now: number): number | null {
  return settings.retentionDays > 0 ? now - settings.retentionDays * DAY_MS : null;
}
