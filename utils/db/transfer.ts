/**
 * Export and import of the whole history as one JSON file. A file is never trusted: it is
 * parsed with the same schemas as messages, all of it before anything is written.
 */
import * as v from 'valibot';
import { ExportedPageSchema, SettingsSchema, type ExportedPage, type HistorySettings } from '@/utils/messaging/schemas';
import { groupByPage } from './derived';
import { orderedPageIds } from './history-query';
import type { HamishDb, MentionRow } from './schema';
import { readSettings } from './settings-repo';

/** The `format` field of an export file. */
export const EXPORT_FORMAT = 'hamish-history';
/** Larger files are refused before parsing (a history of 10,000 pages is about 20 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_PAGES = 1_000_000;

/** An export file: format, version, settings and pages, every page checked like a message. */
export const HistoryFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  exportedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  settings: v.optional(SettingsSchema),
  pages: v.pipe(v.array(ExportedPageSchema), v.maxLength(MAX_PAGES)),
});

/** A parsed export file. */
export type HistoryFile = v.InferOutput<typeof HistoryFileSchema>;

/** Why a file was refused, in a form the popup turns into a sentence. */
export type ImportRefusal = { reason: 'too-large' } | { reason: 'not-json' } | { reason: 'invalid'; where: string; message: string };

/** Parses and validates an export file's text; nothing partial comes out of a bad file. */
export function parseHistoryFile(text: string): { ok: true; file: HistoryFile } | { ok: false; refusal: ImportRefusal } {
  if (text.length > MAX_FILE_BYTES) return { ok: false, refusal: { reason: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, refusal: { reason: 'not-json' } };
  }
  const parsed = v.safeParse(HistoryFileSchema, json);
  if (parsed.success) return { ok: true, file: parsed.output };
  const issue = parsed.issues[0];
  return { ok: false, refusal: { reason: 'invalid', where: (issue && v.getDotPath(issue)) ?? '', message: issue?.message ?? '' } };
}

/** The whole history as an export file, pages newest first; `onProgress(done, total)` per chunk. */
export async function exportHistory(
  db: HamishDb,
  now: number,
  onProgress?: (done: number, total: number) => void,
): Promise<HistoryFile> {
  const ids = await orderedPageIds(db);
  const pages: ExportedPage[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    // One read transaction per chunk: a chunk is consistent even while the background writes.
    await db.transaction('r', [db.pages, db.mentions, db.quotes], async () => {
      const [rows, mentions, quotes] = await Promise.all([
        db.pages.bulkGet(chunk),
        db.mentions.where('pageId').anyOf(chunk).toArray(),
        db.quotes.where('pageId').anyOf(chunk).toArray(),
      ]);
      const mentionsOf = groupByPage(mentions);
      const quotesOf = groupByPage(quotes);
      for (const p of rows) {
        if (!p) continue;
        pages.push({
          url: p.url, title: p.title, publishedAt: p.publishedAt, firstVisit: p.firstVisit, lastVisit: p.lastVisit, visits: p.visits,
          entities: (mentionsOf.get(p.id) ?? []).flatMap(exportedEntities),
          quotes: (quotesOf.get(p.id) ?? []).sort((a, b) => a.order - b.order)
            .map((q) => ({ text: q.text, speaker: q.speaker, speakerEntity: q.speakerEntity, confidence: q.confidence })),
        });
      }
    });
    onProgress?.(Math.min(i + 500, ids.length), ids.length);
  }
  const settings: HistorySettings = await readSettings(db);
  return { format: EXPORT_FORMAT, version: 1, exportedAt: now, settings, pages };
}

/** A stored mention as the entries a page summary gave: the proper name and the demonyms apart. */
function exportedEntities(m: MentionRow): ExportedPage['entities'] {
  const base = { entity: m.entity, type: m.type, name: m.name, ...(m.role ? { role: m.role } : {}) };
  const out: ExportedPage['entities'] = [];
  if (m.count > m.demonyms) out.push({ ...base, mentions: m.count - m.demonyms });
  if (m.demonyms > 0) out.push({ ...base, demonym: true, mentions: m.demonyms });
  return out;
}

/** Splits pages into import messages of at most `size` pages. */
export function importChunks(pages: ExportedPage[], size: number): ExportedPage[][] {
  const out: ExportedPage[][] = [];
  for (let i = 0; i < pages.length; i += size) out.push(pages.slice(i, i + size));
  return out;
}
