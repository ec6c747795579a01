/**
 * npm run bench:gate — what Hamish costs on every page, measured in real Chromium.
 *
 * The page code (gate, news detection, main content, text map) is bundled with esbuild and
 * evaluated in each saved page served from 127.0.0.1 (network closed: only inline scripts run). Per
 * page: the first call (cold, as the content script meets it) and the median of the next calls,
 * in CPU time of the page's main thread (Chrome's ThreadTime metric, less the cost of an empty
 * call): wall time on a shared machine mostly measures the other jobs.
 * Reported: the gate on pages in other languages (target < 1 ms) and gate + detection on Arabic
 * articles (target < 5 ms), then the text map of a generated 100,000-word page.
 *
 *   npx tsx tests/tools/bench-gate.ts [--runs N] [--json]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { PAGE_SCRIPT, bundleEntry } from './bench-bundle';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM } from '../e2e/support/chromium';
import { serveFixtures } from '../e2e/support/server';
import { readFixtureManifest, type FixturePage } from './read-page';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = resolve(ROOT, 'tests/fixtures/pages');

/** Cost of one step on one page, in milliseconds of the page's main-thread CPU time. */
export interface StepTiming {
  /** The first call, cold (as the content script meets it). */
  first: number;
  /** Median over batches of ten following calls, per call. */
  median: number;
}

export interface PageTiming {
  file: string;
  group: string;
  gate: StepTiming;
  /** Gate and detection (main content included), on Arabic pages only. */
  gateAndDetection?: StepTiming;
}

export interface GateBenchResult {
  pages: PageTiming[];
  otherLanguages: { firstMedian: number; median: number };
  arabicArticles: { firstMedian: number; median: number };
  /** A generated page of 100,000 words: main content and text map, one cold run each (CPU), and the longest step when sliced (wall). */
  bigPage: { words: number; findMainContent: number; buildTextMap: number; textChars: number; longestSlicedStep: number };
  /** Load average of the machine while measuring (CPU time is used because wall time is not stable under load). */
  loadAverage: number[];
}

// The steps are called by name from the page, so that no compiled helper has to exist there.
const ENTRY = `
import { checkPageScript } from '@/utils/page/gate';
import { detectNewsArticle } from '@/utils/page/detect-news';
import { findMainContent, findMainContentSteps } from '@/utils/page/main-content';
import { TextMapBuilder, buildTextMap } from '@/utils/page/text-map';
let main = null;
const longestStep = (step) => {
  let longest = 0;
  for (let done = false; !done; ) {
    const t0 = performance.now();
    done = step();
    longest = Math.max(longest, performance.now() - t0);
  }
  return longest;
};
const bench = {
  nothing: () => 0,
  repeat: (name, k) => { let v; for (let i = 0; i < k; i++) v = bench[name](); return v; },
  gate: () => checkPageScript(document).script,
  gateAndDetection: () => {
    const script = checkPageScript(document).script;
    return script === 'arabic' && detectNewsArticle(document, location.href, undefined, script).news;
  },
  findMainContent: () => { main = findMainContent(document); return main.blocks.length; },
  buildTextMap: () => buildTextMap(main).text.length,
  slicedLongestStep: () => {
    const steps = findMainContentSteps(document);
    let r;
    const find = longestStep(() => (r = steps.next()).done);
    const builder = new TextMapBuilder(r.value);
    return Math.max(find, longestStep(() => builder.advance(5000)));
  },
  fillBigPage: (words) => {
    const sentence = 'قال وزير الخارجية في مؤتمر صحفي عقده أمس في العاصمة، إن المحادثات مع الجانب الروسي ستستمر. ';
    const para = '<p>' + sentence.repeat(3) + '<b>بشار</b> <a href="#">الأسد</a></p>';
    const perPara = (sentence.split(' ').length - 1) * 3 + 2;
    document.body.innerHTML = '<h1>عنوان</h1><article>' + para.repeat(Math.ceil(words / perPara)) + '</article>';
    return document.body.textContent.split(/\\s+/).filter(Boolean).length;
  },
};
globalThis.__hamishBench = bench;
`;

/** Bundles the page code into one script that defines `globalThis.__hamishBench`. */
export function bundlePageCode(): Promise<string> {
  return bundleEntry(ENTRY, PAGE_SCRIPT);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : Number.NaN;
};

/** Calls a named step in the page and returns the main thread's CPU milliseconds it took. */
async function cpuOf(page: Page, cdp: CDPSession, call: string): Promise<{ ms: number; value: unknown }> {
  const threadTime = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  };
  const before = await threadTime();
  const value = await page.evaluate(`globalThis.__hamishBench.${call}`);
  return { ms: ((await threadTime()) - before) * 1000, value };
}

/** Reading the metrics costs main-thread time too (it counts the page's nodes): measured, then taken off. */
async function overheadOf(page: Page, cdp: CDPSession): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < 9; i++) xs.push((await cpuOf(page, cdp, 'nothing()')).ms);
  return median(xs);
}

const BATCH = 10;

async function timeStep(page: Page, cdp: CDPSession, step: string, runs: number, overhead: number): Promise<StepTiming> {
  const first = (await cpuOf(page, cdp, `${step}()`)).ms - overhead;
  const perCall: number[] = [];
  for (let done = 0; done < runs; done += BATCH) perCall.push(((await cpuOf(page, cdp, `repeat('${step}', ${BATCH})`)).ms - overhead) / BATCH);
  return { first: Math.max(0, first), median: Math.max(0, median(perCall)) };
}

/** Runs the benchmark over the saved pages and returns every timing. */
export async function benchGate(opts: { runs?: number; log?: (line: string) => void } = {}): Promise<GateBenchResult> {
  const runs = opts.runs ?? 50;
  const code = await bundlePageCode();
  const server = await serveFixtures(PAGES);
  server.route('/blank.html', '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    const open = async (path: string) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      return { page, cdp, overhead: await overheadOf(page, cdp) };
    };
    const measured: PageTiming[] = [];
    const chosen = readFixtureManifest(PAGES).filter((p: FixturePage) => p.language !== 'ar' || p.isNews);
    for (const p of chosen) {
      const { page, cdp, overhead } = await open(p.file);
      const gate = await timeStep(page, cdp, 'gate', runs, overhead);
      const gateAndDetection = p.language === 'ar' ? await timeStep(page, cdp, 'gateAndDetection', runs, overhead) : undefined;
      measured.push({ file: p.file, group: p.group, gate, ...(gateAndDetection ? { gateAndDetection } : {}) });
      const f = (t: StepTiming) => `${t.first.toFixed(2)} / ${t.median.toFixed(2)} ms`;
      opts.log?.(`${p.file.padEnd(62)} gate ${f(gate)}${gateAndDetection ? `   gate+detection ${f(gateAndDetection)}` : ''}`);
      await page.close();
    }
    const { page, cdp, overhead } = await open('blank.html');
    const words = (await cpuOf(page, cdp, 'fillBigPage(100000)')).value as number;
    const findMain = (await cpuOf(page, cdp, 'findMainContent()')).ms - overhead;
    const map = await cpuOf(page, cdp, 'buildTextMap()');
    const longestSlicedStep = (await cpuOf(page, cdp, 'slicedLongestStep()')).value as number;
    const other = measured.filter((m) => !m.gateAndDetection);
    const arabic = measured.filter((m) => m.gateAndDetection);
    return {
      pages: measured,
      otherLanguages: { firstMedian: median(other.map((m) => m.gate.first)), median: median(other.map((m) => m.gate.median)) },
      arabicArticles: {
        firstMedian: median(arabic.map((m) => (m.gateAndDetection as StepTiming).first)),
        median: median(arabic.map((m) => (m.gateAndDetection as StepTiming).median)),
      },
      bigPage: { words, findMainContent: findMain, buildTextMap: map.ms - overhead, textChars: map.value as number, longestSlicedStep },
      loadAverage: loadavg(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 50;
  const json = process.argv.includes('--json');
  const log = json ? undefined : (line: string) => process.stdout.write(`${line}\n`);
  log?.('page                                                           first / median of the next runs');
  const r = await benchGate({ runs, log });
  if (json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const f = (x: number) => `${x.toFixed(2)} ms`;
  process.stdout.write(`\n(main-thread CPU time; load average ${r.loadAverage.map((x) => x.toFixed(1)).join(' ')})\n`);
  process.stdout.write(`gate on ${r.pages.filter((p) => !p.gateAndDetection).length} pages in other languages: median ${f(r.otherLanguages.median)} (first call: median ${f(r.otherLanguages.firstMedian)}); target < 1 ms\n`);
  process.stdout.write(`gate + detection on ${r.pages.filter((p) => p.gateAndDetection).length} Arabic articles: median ${f(r.arabicArticles.median)} (first call: median ${f(r.arabicArticles.firstMedian)}); target < 5 ms\n`);
  process.stdout.write(`${r.bigPage.words.toLocaleString('en')}-word page: findMainContent ${f(r.bigPage.findMainContent)}, buildTextMap ${f(r.bigPage.buildTextMap)} (${r.bigPage.textChars.toLocaleString('en')} characters); run in slices (findMainContentSteps, TextMapBuilder.advance(5000)), the longest step took ${f(r.bigPage.longestSlicedStep)} of wall time\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`bench-gate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
