/**
 * Reads a saved page or text file from disk the way a browser would decode it, so that the
 * command line, the evaluations and the DOM tests see what a reader sees (parsing is in
 * html-document.ts, kept apart so that reading and checking input loads no DOM). Legacy Arabic charsets are common in old saves (fixtures edge/E1 windows-1256 and
 * edge/E2 ISO-8859-6, neither declared).
 */
import { openSync, readSync, closeSync, statSync } from 'node:fs';

/** Largest file read; bigger files are refused rather than truncated. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** A failure to read input, with a one-line message meant for the person at the terminal. */
export class PageReadError extends Error {}

export interface DecodedPage {
  text: string;
  /** WHATWG encoding name, e.g. "utf-8", "windows-1256", "iso-8859-6". */
  encoding: string;
  /** How the encoding was chosen. */
  how: 'bom' | 'declared' | 'utf-8' | 'guessed' | 'fallback';
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The HTML prescan looks at the first 1024 bytes; ASCII-compatible reading is enough for it.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

/**
 * Scores a candidate decoding of Arabic text: Arabic letters count for it, and so does the
 * definite article ال (very frequent when the byte mapping is right); replacement characters,
 * C1 controls, Latin letters glued to Arabic ones and stray marks count against it.
 */
export function arabicDecodingScore(text: string): number {
  let letters = 0;
  let oddities = 0;
  let article = 0;
  let prevArabic = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const arabic = isArabicLetter(c);
    if (arabic) {
      letters++;
      if (c === 0x0644 && text.charCodeAt(i - 1) === 0x0627) article++;
    } else if (c === 0xfffd || (c >= 0x80 && c < 0xa0)) {
      oddities++;
    } else if (c >= 0xc0 && c <= 0x24f && (prevArabic || isArabicLetter(text.charCodeAt(i + 1)))) {
      oddities++;
    } else if (c >= 0x064b && c <= 0x0652 && !prevArabic) {
      oddities++;
    }
    prevArabic = arabic;
  }
  return letters + 4 * article - 8 * oddities;
}

/** UTF-8 with at most a few broken sequences (a save cut inside a character) is still UTF-8. */
function isMostlyValid(utf8: string): boolean {
  let nonAscii = 0;
  let broken = 0;
  for (let i = 0; i < utf8.length; i++) {
    const c = utf8.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c >= 0x80) nonAscii++;
  }
  return broken === 0 || broken * 100 <= nonAscii;
}

/**
 * Decodes the bytes of a saved page: BOM first, then a declared charset (HTML only), then UTF-8
 * (tolerating a few broken sequences), and when that fails a guess between windows-1256 and ISO-8859-6 (the two legacy Arabic
 * charsets), falling back to windows-1252 when neither reads as Arabic.
 */
export function decodePage(bytes: Uint8Array, opts: { html?: boolean } = {}): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', how: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', how: 'bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', how: 'bom' };
  }
  if (opts.html !== false) {
    const label = declaredCharset(bytes);
    const decoder = label ? decoderFor(label) : null;
    // Like a browser, trust the declaration (the WHATWG spec reads a declared UTF-16 as UTF-8).
    if (decoder) {
      const encoding = decoder.encoding.startsWith('utf-16') ? 'utf-8' : decoder.encoding;
      return { text: new TextDecoder(encoding).decode(bytes), encoding, how: 'declared' };
    }
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (isMostlyValid(utf8)) return { text: utf8, encoding: 'utf-8', how: 'utf-8' };
  const candidates = ['windows-1256', 'iso-8859-6'].map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { text, encoding, score: arabicDecodingScore(text) };
  });
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score > 0) return { text: best.text, encoding: best.encoding, how: 'guessed' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', how: 'fallback' };
}

/** True when the bytes look like binary data rather than text (NUL bytes, many control codes). */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.05;
}

/** Reads a file's bytes, refusing directories, missing files, empty and oversized files. */
export function readPageBytes(path: string, maxBytes = MAX_PAGE_BYTES): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new PageReadError(`${path} is a directory, not a file`);
    if (!st.isFile()) throw new PageReadError(`${path} is not a regular file`);
    size = st.size;
  } catch (err) {
    if (err instanceof PageReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new PageReadError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (size === 0) throw new PageReadError(`${path} is empty`);
  if (size > maxBytes) {
    throw new PageReadError(`${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB`);
  }
  const bytes = new Uint8Array(size);
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}


/** One row of tests/fixtures/pages/manifest.tsv. */
export interface FixturePage {
  /** Path relative to the pages directory, e.g. "ar_news/02_arabic.cnn.com_ar.html". */
  file: string;
  /** Directory of the manifest: ar_news, edge, neg_ar_nonnews, neg_arabic_script_other_lang, neg_other_lang. */
  group: string;
  language: string;
  isNews: boolean;
}

/** The saved pages and what the manifest says each one is. */
export function readFixtureManifest(pagesDir: string): FixturePage[] {
  const lines = new TextDecoder().decode(readPageBytes(`${pagesDir}/manifest.tsv`)).trim().split('\n');
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string) => header.indexOf(name);
  return lines.map((line) => {
    const cells = line.split('\t');
    const file = cells[col('file')] as string;
    return {
      file,
      group: file.split('/')[0] as string,
      language: cells[col('language')] as string,
      isNews: cells[col('is_news_article')] === 'yes',
    };
  });
}
