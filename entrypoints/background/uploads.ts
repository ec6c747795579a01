/**
 * Long page texts arrive in parts (analyseTextPart), then are analysed whole (analyseUpload).
 * Parts are kept per sending frame and upload id, in order, within the analysed-text limit; an
 * upload left unfinished is dropped after UPLOAD_TTL_MS. The browser may stop the background
 * between two parts: the final request then fails and the page sends its text again.
 */
import { LIMITS } from '@/utils/messaging/limits';

/** How long an unfinished upload is kept. */
export const UPLOAD_TTL_MS = 60_000;

interface Upload {
  parts: string[];
  chars: number;
  touchedAt: number;
}

/** Who is uploading: tab, frame and the page's own id for the upload. */
export interface UploadSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** The uploads of one background lifetime. */
export function createUploads(now: () => number = Date.now) {
  const uploads = new Map<string, Upload>();
  const keyOf = (sender: UploadSender, id: string) => `${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}:${sender.tab ? '' : (sender.url ?? '')}:${id}`;
  const dropStale = (t: number) => {
    for (const [k, u] of uploads) if (t - u.touchedAt > UPLOAD_TTL_MS) uploads.delete(k);
  };
  return {
    /** Adds part `index` (parts come in order, from 0); returns the characters received so far. */
    add(sender: UploadSender, id: string, index: number, part: string): number {
      const t = now();
      dropStale(t);
      const key = keyOf(sender, id);
      const upload = index === 0 ? { parts: [], chars: 0, touchedAt: t } : uploads.get(key);
      if (!upload) throw new Error(`upload ${id}: part ${index} without the parts before it (the background may have restarted)`);
      if (index !== upload.parts.length) throw new Error(`upload ${id}: part ${index} out of order (expected ${upload.parts.length})`);
      if (upload.chars + part.length > LIMITS.analysedChars) {
        uploads.delete(key);
        throw new Error(`upload ${id}: more than ${LIMITS.analysedChars} characters`);
      }
      upload.parts.push(part);
      upload.chars += part.length;
      upload.touchedAt = t;
      uploads.set(key, upload);
      return upload.chars;
    },
    /** The whole text of a finished upload, which is forgotten. */
    take(sender: UploadSender, id: string): string {
      const key = keyOf(sender, id);
      const upload = uploads.get(key);
      uploads.delete(key);
      if (!upload) throw new Error(`upload ${id}: unknown (the background may have restarted)`);
      return upload.parts.join('');
    },
    /** Uploads in progress (for tests). */
    size: () => uploads.size,
  };
}
