/**
 * npm run bench:popup — how fast the history answers on a long history, in real Chromium with
 * the built extension. A seeded generator makes N pages (20 entities and 2 quotations each, so
 * 10,000 pages hold 200,000 mentions), imported through the background's own write path; then
 * `popup.html#history` is opened R times (first view: navigation start → first page row shown)
 * and searched (input event → result count and rows shown). Medians are reported.
 *
 *   npx tsx tests/tools/bench-popup.ts [--pages 10000] [--runs 7] [--profile DIR (seeded once, then reused)]
 */
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { ExportedPage } from '@/utils/messaging/schemas';
import { BUILD_DIRS, ensureBuilt } from '../e2e/support/build';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/chromium';
import { rng } from './rng';

export interface BenchPopupOptions {
  pages?: number;
  entitiesPerPage?: number;
  runs?: number;
  seed?: number;
  /** A profile to keep between runs: seeded once, reused while it holds the same number of pages. */
  profileDir?: string;
  /** Called with a line of progress (seeding, runs). */
  log?: (line: string) => void;
}

export interface BenchPopupResult {
  historyPages: number;
  mentions: number;
  firstViewMs: number;
  searchMs: number;
  /** Median per query, for the record. */
  searchByQuery: Record<string, number>;
  /**
   * The popup renderer's main-thread task time over the same spans (CDP TaskDuration): less
   * sensitive than wall time to other jobs on a busy machine, blind to IndexedDB's own work.
   */
  firstViewTaskMs: number;
  /**
   * The floor under the first view on this machine right now: the same popup page and bundle
   * with no history work (the current-tab view of a tab no content script answers for).
   */
  pageFloorMs: number;
  searchTaskMs: number;
  /** The machine's 1-minute load average when the runs ended. */
  loadAverage: number;
}

const FIRST = ['محمد', 'أحمد', 'علي', 'عمر', 'خالد', 'يوسف', 'سلمان', 'عبد الله', 'فاطمة', 'مريم', 'ليلى', 'حسن', 'إبراهيم', 'جمال', 'نبيل', 'سامي', 'رجب', 'فلاديمير', 'جو', 'إيمانويل'];
const LAST = ['الأسد', 'أردوغان', 'بوتين', 'بايدن', 'ماكرون', 'السيسي', 'الحريري', 'عباس', 'الكاظمي', 'بن سلمان', 'الصدر', 'نتنياهو', 'قيس', 'المنصوري', 'الخطيب', 'العطار', 'الحلبي', 'النجار', 'الشامي', 'البغدادي', 'التونسي', 'الجزائري', 'الحسيني', 'الدوري', 'الفاسي'];
const COUNTRIES: Array<[string, string]> = [
  ['EG', 'مصر'], ['SA', 'السعودية'], ['TR', 'تركيا'], ['RU', 'روسيا'], ['US', 'الولايات المتحدة'], ['FR', 'فرنسا'], ['SY', 'سوريا'], ['IQ', 'العراق'],
  ['LB', 'لبنان'], ['JO', 'الأردن'], ['PS', 'فلسطين'], ['YE', 'اليمن'], ['LY', 'ليبيا'], ['TN', 'تونس'], ['DZ', 'الجزائر'], ['MA', 'المغرب'],
  ['SD', 'السودان'], ['IR', 'إيران'], ['CN', 'الصين'], ['DE', 'ألمانيا'], ['GB', 'المملكة المتحدة'], ['QA', 'قطر'], ['AE', 'الإمارات'], ['KW', 'الكويت'],
  ['OM', 'عمان'], ['BH', 'البحرين'], ['IL', 'إسرائيل'], ['UA', 'أوكرانيا'], ['IN', 'الهند'], ['JP', 'اليابان'],
];
const WORDS = ['الرئيس', 'يستقبل', 'وزير', 'الخارجية', 'قمة', 'اتفاق', 'مفاوضات', 'الحكومة', 'البرلمان', 'انتخابات', 'الاقتصاد', 'النفط', 'الأسعار', 'أزمة', 'السلام', 'الحرب', 'الحدود', 'اللاجئين', 'المساعدات', 'الأمن', 'مجلس', 'الأمم', 'المتحدة', 'بحث', 'تعاون', 'زيارة', 'رسمية', 'يؤكد', 'يدعو', 'يرفض', 'مباحثات', 'العاصمة', 'تطورات', 'الملف', 'النووي', 'العقوبات', 'الاستثمار', 'الطاقة', 'المياه', 'الزراعة'];
const SITES = ['aljazeera.net', 'bbc.com', 'arabic.cnn.com', 'youm7.com', 'alarabiya.net', 'skynewsarabia.com', 'independentarabia.com', 'asharq.com', 'alquds.co.uk', 'hespress.com', 'alyaum.com', 'akhbarelyom.com'];

/** A deterministic history of `n` pages in the export format. */
export function generateHistory(n: number, entitiesPerPage: number, seed: number, now: number): ExportedPage[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const people = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
  const sentence = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const pages: ExportedPage[] = [];
  for (let i = 0; i < n; i++) {
    const persons = new Set<string>();
    const countries = new Set<string>();
    while (persons.size + countries.size < entitiesPerPage) {
      if (r() < 0.4) persons.add(pick(people));
      else countries.add(pick(COUNTRIES)[0]);
    }
    const speaker = [...persons][0] ?? pick(people);
    const lastVisit = now - Math.floor(r() * 365 * 86_400_000);
    pages.push({
      url: `https://www.${pick(SITES)}/news/${i}-${Math.floor(r() * 1e6)}`,
      title: `${speaker.split(' ').pop()} ${sentence(7)} ${pick(COUNTRIES)[1]}`,
      publishedAt: null,
      firstVisit: lastVisit - Math.floor(r() * 86_400_000),
      lastVisit,
      visits: 1 + Math.floor(r() * 3),
      entities: [
        ...[...persons].map((name) => ({ entity: `p:${name}`, type: 'person' as const, name, mentions: 1 + Math.floor(r() * 6) })),
        ...[...countries].map((iso) => ({ entity: iso, type: 'country' as const, name: COUNTRIES.find((c) => c[0] === iso)?.[1] ?? iso, mentions: 1 + Math.floor(r() * 5) })),
      ],
      quotes: [0, 1].map(() => ({ text: sentence(12), speaker, speakerEntity: `p:${speaker}`, confidence: 0.8 })),
    });
  }
  return pages;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function seed(ext: ExtensionBrowser, pages: ExportedPage[], log: (l: string) => void): Promise<void> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=1`);
  const t0 = Date.now();
  for (let i = 0; i < pages.length; i += 500) {
    const reply = await p.evaluate((chunk) => chrome.runtime.sendMessage({ hamish: 1, type: 'importHistory', data: { pages: chunk } }), pages.slice(i, i + 500));
    if (!reply?.ok) throw new Error(`seeding failed: ${JSON.stringify(reply)}`);
    log(`seeded ${Math.min(i + 500, pages.length)}/${pages.length} (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  await p.close();
}

type Cdp = Awaited<ReturnType<ExtensionBrowser['context']['newCDPSession']>>;

async function taskMs(cdp: Cdp): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Navigation start → the popup's empty state, with no history read: the page-load floor. */
async function pageFloor(ext: ExtensionBrowser): Promise<number> {
  const page = await ext.context.newPage();
  await page.addInitScript(`new MutationObserver((_m, obs) => {
    if (document.querySelector('.empty-state')) {
      window.__shown = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=2147483647`);
  const ms = await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown, null, { timeout: 60_000 });
  const value = (await ms.jsonValue()) as number;
  await page.close();
  return value;
}

/** Navigation start → first page row in the DOM, measured inside the page. */
async function firstView(ext: ExtensionBrowser): Promise<{ ms: number; task: number; page: Page; cdp: Cdp }> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(`new MutationObserver((_m, obs) => {
    if (document.querySelector('[data-page-id]')) {
      window.__firstRow = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html#history`);
  const ms = await page.waitForFunction(() => (window as unknown as { __firstRow?: number }).__firstRow, null, { timeout: 60_000 });
  return { ms: (await ms.jsonValue()) as number, task: await taskMs(cdp), page, cdp };
}

/**
 * In-page measurement of one search: input event → the result count for the query and its
 * first rows shown (next frame included). A string, so that no build helper leaks into it.
 */
const SEARCH_IN_PAGE = `(query) => new Promise((resolve, reject) => {
  const input = document.querySelector('input[type="search"]');
  if (!input) return reject(new Error('no search box'));
  const t0 = performance.now();
  const obs = new MutationObserver(() => {
    const status = document.querySelector('[data-results-for]');
    if (status?.getAttribute('data-results-for') !== query) return;
    if (document.querySelector('[data-list="pages"] .hrow.loading')) return;
    obs.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  obs.observe(document.body, { childList: true, subtree: true, attributes: true });
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

function search(page: Page, q: string): Promise<number> {
  return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify(q)})`) as Promise<number>;
}

/** Seeds a history of `pages` pages in a fresh profile and measures first view and search. */
export async function benchPopup(opts: BenchPopupOptions = {}): Promise<BenchPopupResult> {
  const n = opts.pages ?? 10_000;
  const perPage = opts.entitiesPerPage ?? 20;
  const runs = opts.runs ?? 7;
  const log = opts.log ?? (() => {});
  const build = await ensureBuilt('chrome');
  if (opts.profileDir) mkdirSync(opts.profileDir, { recursive: true });
  const ext = await launchWithExtension(build ?? BUILD_DIRS.chrome, { profileDir: opts.profileDir });
  try {
    const stored = await storedPages(ext);
    if (stored !== n) {
      if (stored > 0) throw new Error(`the profile holds ${stored} pages, not ${n}: use another profile directory`);
      await seed(ext, generateHistory(n, perPage, opts.seed ?? 20240501, Date.now()), log);
    } else log(`reusing the ${stored} pages of ${opts.profileDir}`);
    const firsts: number[] = [];
    const firstTasks: number[] = [];
    const floors: number[] = [];
    const searchTasks: number[] = [];
    const queries = ['اردوغان', 'أمريكا', 'السيسي مصر', 'مفاوضات', 'قمة الرياض'];
    const byQuery: Record<string, number[]> = Object.fromEntries(queries.map((q) => [q, []]));
    for (let run = 0; run < runs; run++) {
      floors.push(await pageFloor(ext));
      const { ms, task, page, cdp } = await firstView(ext);
      firsts.push(ms);
      firstTasks.push(task);
      for (const q of queries) {
        const before = await taskMs(cdp);
        byQuery[q]?.push(await search(page, q));
        searchTasks.push((await taskMs(cdp)) - before);
        await search(page, '');
      }
      await page.close();
      log(`run ${run + 1}/${runs}: first view ${round(ms)} ms (page floor ${round(floors[run] ?? 0)} ms)`);
    }
    const searchByQuery = Object.fromEntries(Object.entries(byQuery).map(([q, xs]) => [q, round(median(xs))]));
    return {
      historyPages: n,
      mentions: n * perPage,
      firstViewMs: round(median(firsts)),
      searchMs: round(median(Object.values(byQuery).flat())),
      searchByQuery,
      firstViewTaskMs: round(median(firstTasks)),
      pageFloorMs: round(median(floors)),
      searchTaskMs: round(median(searchTasks)),
      loadAverage: round(loadavg()[0] ?? 0),
    };
  } finally {
    await ext.close({ keepProfile: !!opts.profileDir });
  }
}

/** How many pages the profile's history holds (raw IndexedDB: the page has no handle on ours). */
async function storedPages(ext: ExtensionBrowser): Promise<number> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=1`);
  const n = (await p.evaluate(`new Promise(async (ok) => {
    // Opening a database that does not exist would create an empty one: look first.
    if (!(await indexedDB.databases()).some((d) => d.name === 'hamish-history')) return ok(0);
    const req = indexedDB.open('hamish-history');
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('pages')) return ok(0);
      const c = db.transaction('pages').objectStore('pages').count();
      c.onsuccess = () => ok(c.result);
    };
    req.onerror = () => ok(0);
  })`)) as number;
  await p.close();
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const profile = process.argv.indexOf('--profile');
  const result = await benchPopup({
    pages: arg('pages', 10_000),
    runs: arg('runs', 7),
    profileDir: profile > 0 ? process.argv[profile + 1] : undefined,
    log: (l) => process.stderr.write(`${l}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `history ${result.historyPages} pages / ${result.mentions} mentions: first view ${result.firstViewMs} ms (target ≤ 150), ` +
      `search ${result.searchMs} ms (target ≤ 50); page floor ${result.pageFloorMs} ms; main-thread tasks ${result.firstViewTaskMs} / ${result.searchTaskMs} ms; load average ${result.loadAverage}\n`,
  );
}
