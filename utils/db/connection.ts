/**
 * The one history connection of an extension page or worker, and the problems a reader must
 * be told about in plain words (storage full, database blocked by another open version).
 */
import { HamishDb } from './schema';

let current: HamishDb | null = null;

/** The history database of this context, created on first use (Dexie opens it lazily). */
export function historyDb(): HamishDb {
  current ??= new HamishDb();
  return current;
}

/** Replaces this context's connection (a test opens its own database, e.g. one that fails). */
export function setHistoryDb(db: HamishDb | null): void {
  current = db;
}

/** What went wrong with the history, as the popup explains it. */
export type HistoryProblem = 'quota' | 'blocked' | 'version' | 'unavailable';

/** Stable codes at the start of error messages that cross the messaging layer. */
const CODES: HistoryProblem[] = ['quota', 'blocked', 'version', 'unavailable'];

function names(err: unknown): string {
  const parts: string[] = [];
  for (let e = err as { name?: string; message?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    parts.push(`${e.name ?? ''} ${e.message ?? ''}`);
    e = e.inner as typeof e;
  }
  return parts.join(' | ');
}

/** Classifies an error (or an error string from a reply); null when it is not a storage problem. */
export function historyProblem(err: unknown): HistoryProblem | null {
  if (typeof err === 'string') return CODES.find((c) => err.startsWith(`${c}:`)) ?? null;
  const s = names(err);
  if (/QuotaExceeded|quota/i.test(s)) return 'quota';
  if (/blocked/i.test(s)) return 'blocked';
  if (/VersionError|UpgradeError/.test(s)) return 'version';
  if (/DatabaseClosed|MissingAPI|InvalidState|UnknownError|OpenFailed/.test(s)) return 'unavailable';
  return null;
}

/** An error whose message starts with its problem code, readable once it crossed a message. */
export function readableHistoryError(err: unknown): Error {
  const problem = historyProblem(err);
  const detail = err instanceof Error ? err.message : String(err);
  return new Error(problem ? `${problem}: ${detail}` : detail);
}

/** How long an open may take before an older version holding the database is suspected. */
export const BLOCKED_CHECK_MS = 1500;

/** True when the database on disk is at an older version than `db` declares (an upgrade is pending). */
async function olderVersionStored(db: HamishDb): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  const stored = (await indexedDB.databases().catch(() => [])).find((d) => d.name === db.name)?.version;
  // Dexie keeps version n as IndexedDB version 10n.
  return stored !== undefined && stored < db.verno * 10;
}

/**
 * Opens `db`, calling `onBlocked` (once) when another open version holds the upgrade back; the
 * open then completes once that connection closes.
 */
export async function openHistoryDb(db: HamishDb, onBlocked?: () => void): Promise<HamishDb> {
  let told = false;
  let settled = false;
  const blocked = () => {
    if (told || settled) return;
    told = true;
    onBlocked?.();
  };
  db.on('blocked', blocked);
  // Only the first open waiting for an upgrade gets a 'blocked' event: an open queued behind it
  // (the popup's, when the background already waits) would wait in silence, so it checks
  // whether the stored version is still the older one after a while.
  const timer = setTimeout(() => void olderVersionStored(db).then((older) => older && blocked()), BLOCKED_CHECK_MS);
  try {
    await db.open();
    return db;
  } finally {
    settled = true;
    clearTimeout(timer);
    db.on('blocked').unsubscribe(blocked);
  }
}
