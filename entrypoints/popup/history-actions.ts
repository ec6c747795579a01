/**
 * What the history page asks of the background (the only writer), and export to a file.
 */
import type { Reply } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send';
import type { MessageName } from '@/utils/messaging/protocol';
import type { HamishDb } from '@/utils/db/schema';
import type { ImportRefusal } from '@/utils/db/transfer';
import { t } from '@/utils/i18n';

/** Pages per import message: small enough for a smooth progress bar, large enough to be quick. */
const IMPORT_CHUNK = 200;

/** The value of a reply, or throws its readable error. */
export function valueOf<K extends MessageName>(reply: Reply<K>) {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Downloads the whole history as a JSON file; returns how many pages it holds. */
export async function downloadHistory(db: HamishDb, onProgress: (done: number, total: number) => void): Promise<number> {
  // The schema library loads only when a file is exported or imported, not with the list.
  const { exportHistory } = await import('@/utils/db/transfer');
  const file = await exportHistory(db, Date.now(), onProgress);
  const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = `hamish-history-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return file.pages.length;
}

function refusalText(r: ImportRefusal): string {
  if (r.reason === 'too-large') return t('historyImportTooLarge');
  if (r.reason === 'not-json') return t('historyImportNotJson');
  return t('historyImportInvalid', r.where || r.message);
}

/**
 * Reads, validates (all of it, before anything is sent) and imports a history file in chunks.
 * Returns the message to show; a refused file changes nothing.
 */
export async function importHistoryFile(file: File, onProgress: (done: number, total: number) => void): Promise<{ ok: boolean; message: string }> {
  const { importChunks, MAX_FILE_BYTES, parseHistoryFile } = await import('@/utils/db/transfer');
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: t('historyImportTooLarge') };
  const parsed = parseHistoryFile(await file.text());
  if (!parsed.ok) return { ok: false, message: refusalText(parsed.refusal) };
  const { pages, settings } = parsed.file;
  let added = 0;
  let updated = 0;
  try {
    if (settings) valueOf(await sendMessage('updateSettings', settings));
    const chunks = importChunks(pages, IMPORT_CHUNK);
    onProgress(0, pages.length);
    for (const [i, chunk] of chunks.entries()) {
      const res = valueOf(await sendMessage('importHistory', { pages: chunk }));
      added += res.added;
      updated += res.updated;
      onProgress(Math.min((i + 1) * IMPORT_CHUNK, pages.length), pages.length);
    }
  } catch (err) {
    return { ok: false, message: t('historyImportFailed', err instanceof Error ? err.message : String(err)) };
  }
  return { ok: true, message: t('historyImported', String(added), String(updated)) };
}
