/**
 * npm run eval:detection — runs the news detector on every saved page of
 * tests/fixtures/pages and prints each verdict with its reasons, then the confusion tables
 * (Arabic or not; Arabic news article or not) against manifest.tsv.
 *
 *   npx tsx tests/tools/eval-detection.ts [PAGES_DIR] [--quiet]
 */
import { resolve } from 'node:path';
import { detectNewsArticle } from '@/utils/page/detect-news';
import { loadHtmlFile } from './html-document';
import { readFixtureManifest } from './read-page';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

/** Expected verdict of a fixture: Arabic (ar) pages and Arabic news articles. */
export function expectedOf(page: { language: string; isNews: boolean }): { arabic: boolean; arabicNews: boolean } {
  const arabic = page.language === 'ar';
  return { arabic, arabicNews: arabic && page.isNews };
}

function table(title: string, rows: Array<{ expected: boolean; got: boolean }>): string {
  const n = (e: boolean, g: boolean) => rows.filter((r) => r.expected === e && r.got === g).length;
  return [
    `${title}`,
    '                 called yes   called no',
    `  truly yes      ${String(n(true, true)).padStart(10)}   ${String(n(true, false)).padStart(9)}`,
    `  truly no       ${String(n(false, true)).padStart(10)}   ${String(n(false, false)).padStart(9)}`,
  ].join('\n');
}

function main(): void {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? PAGES;
  const quiet = process.argv.includes('--quiet');
  const rows = readFixtureManifest(dir).map((page) => {
    const { doc } = loadHtmlFile(`${dir}/${page.file}`);
    const d = detectNewsArticle(doc);
    const exp = expectedOf(page);
    return { page, d, exp, ok: exp.arabic === d.arabic && exp.arabicNews === (d.arabic && d.news) };
  });
  if (!quiet) {
    for (const { page, d, ok } of rows) {
      const verdict = `${d.arabic ? 'ar' : '--'} ${d.news ? 'news' : '----'} ${d.confidence.toFixed(2)}`;
      process.stdout.write(`${ok ? ' ' : '✗'} ${page.file.split('/').pop()?.slice(0, 40).padEnd(40)} ${verdict}  ${d.reasons.join(' ')}\n`);
    }
    process.stdout.write('\n');
  }
  process.stdout.write(`${table('Arabic (language from the letters)', rows.map((r) => ({ expected: r.exp.arabic, got: r.d.arabic })))}\n\n`);
  process.stdout.write(`${table('Arabic news article', rows.map((r) => ({ expected: r.exp.arabicNews, got: r.d.arabic && r.d.news })))}\n\n`);
  process.stdout.write(`${table('News article, any language (for information: Hamish acts on Arabic pages only)', rows.map((r) => ({ expected: r.page.isNews, got: r.d.news })))}\n\n`);
  const byGroup = new Map<string, { n: number; arabic: number; news: number }>();
  for (const r of rows) {
    const g = byGroup.get(r.page.group) ?? { n: 0, arabic: 0, news: 0 };
    g.n++;
    if (r.d.arabic) g.arabic++;
    if (r.d.arabic && r.d.news) g.news++;
    byGroup.set(r.page.group, g);
  }
  process.stdout.write('group                           pages  called Arabic  called Arabic news\n');
  for (const [group, g] of byGroup) {
    process.stdout.write(`${group.padEnd(32)}${String(g.n).padStart(5)}  ${String(g.arabic).padStart(13)}  ${String(g.news).padStart(18)}\n`);
  }
  const wrong = rows.filter((r) => !r.ok).length;
  process.stdout.write(`\n${rows.length - wrong}/${rows.length} pages as the manifest says\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
