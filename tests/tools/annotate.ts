/**
 * npm run -s annotate -- [--force] FILE — annotates a saved page (.html) or a text file (.txt)
 * with the content script's own code, and prints exactly one JSON object on stdout:
 *
 *   {"file": …, "title": …, "publishedAt": …, "detection": {arabic, news, confidence, reasons},
 *    "entities": [...], "quotes": [...]}
 *
 * HTML: decode (BOM, declared charset, UTF-8, else windows-1256 / ISO-8859-6) → happy-dom →
 * findMainContent → detectNewsArticle → buildTextMap → analyse(map.text). Text: detection from
 * the text alone, then analyse(text). As in the browser, only an Arabic news article is analysed,
 * unless --force is given. Offsets of entities and quotes are in that analysed text.
 * Bad input gets one line on stderr and exit status 1 (2 for usage errors).
 */
import { extname } from 'node:path';
import type { PageDetection } from '@/utils/messaging/page-summary';
import type { Analysis } from '@/utils/nlp/types';
import { PageReadError, decodePage, looksBinary, readPageBytes } from './read-page';

/** What the command prints for one file. */
export interface AnnotateOutput {
  file: string;
  title: string;
  publishedAt: string | null;
  detection: PageDetection;
  entities: Analysis['entities'];
  quotes: Analysis['quotes'];
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.php', '.asp', '.aspx']);

function isHtml(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (ext === '.txt') return false;
  return /^\s*<(?:!doctype|html|head|body|meta|p|div)\b/i.test(text);
}

/**
 * Annotates the bytes of `file`. The DOM and the language core load only once the input has
 * passed its checks, so that bad input is answered at once.
 */
export async function annotateBytes(file: string, bytes: Uint8Array, opts: { force?: boolean } = {}): Promise<AnnotateOutput> {
  if (looksBinary(bytes)) throw new PageReadError(`${file} looks like binary data, not an HTML page or a text`);
  const probe = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const html = isHtml(file, probe);
  const { text } = decodePage(bytes, { html });
  if (!text.trim()) throw new PageReadError(`${file} has no text`);
  const [{ analyse }, detect] = await Promise.all([import('@/utils/nlp/pipeline'), import('@/utils/page/detect-news')]);
  const none: Analysis = { entities: [], quotes: [] };
  if (!html) {
    const detection = detect.detectNewsInText(text);
    const analysis = opts.force || (detection.arabic && detection.news) ? analyse(text) : none;
    const title = text.trim().split('\n', 1)[0]?.trim().slice(0, 300) ?? '';
    return { file, title, publishedAt: null, detection, entities: analysis.entities, quotes: analysis.quotes };
  }
  const [{ parseHtml }, { findMainContent }, { buildTextMap }] = await Promise.all([
    import('./html-document'),
    import('@/utils/page/main-content'),
    import('@/utils/page/text-map'),
  ]);
  const doc = parseHtml(text);
  const main = findMainContent(doc);
  const detection = detect.detectNewsArticle(doc, undefined, main);
  const analysis = opts.force || (detection.arabic && detection.news) ? analyse(buildTextMap(main).text) : none;
  return {
    file,
    title: main.title,
    publishedAt: detect.extractPublishedAt(doc),
    detection,
    entities: analysis.entities,
    quotes: analysis.quotes,
  };
}

function fail(message: string, status = 1): never {
  process.stderr.write(`annotate: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(status);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || (files[0] as string).startsWith('--')) fail('usage: npm run -s annotate -- [--force] FILE.html|FILE.txt', 2);
  const file = files[0] as string;
  // Only the JSON goes to stdout: anything a library logs is sent to stderr.
  console.log = console.info = console.debug = (...a: unknown[]) => void process.stderr.write(`${a.join(' ')}\n`);
  try {
    const out = await annotateBytes(file, readPageBytes(file), { force });
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } catch (err) {
    if (err instanceof PageReadError) fail(err.message);
    fail(`cannot annotate ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
}
