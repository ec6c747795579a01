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

/**
 * Opens `db`, calling `onBlocked` when another open version holds the upgrade back (the open
 * then completes once that connection closes).
 */
export async function openHistoryDb(db: HamishDb, onBlocked?: () => void): Promise<HamishDb> {
  const blocked = () => onBlocked?.();
  db.on('blocked', blocked);
  try {
    await db.open();
    return db;
  } finally {
    db.on('blocked').unsubscribe(blocked);
  }
}
