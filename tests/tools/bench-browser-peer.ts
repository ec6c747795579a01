/**
 * The floor and the peer, in a Chromium without the extension (so Hamish's own work cannot
 * interfere), one fresh load of the page per run:
 *  - textWalk: a bare TreeWalker collecting the text of document.body, once, as a cold page meets it;
 *  - mark.js: wrapping the surfaces Hamish found, in the region Hamish reads, with one regular
 *    expression (an alternation, longest surface first) and `acrossElements`, since Hamish's
 *    highlights also cross element boundaries; timed from the call to its `done` callback.
 * The gate's cost on a page in another language is measured here too (the page code bundled
 * with esbuild): the first, cold call on each fresh load, as the content script meets it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PAGE_SCRIPT, bundleEntry } from './bench-bundle';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM } from '../e2e/support/chromium';
import { summarize, type Summary } from './bench-stats';

export interface PeerFigures {
  /** Whitespace-separated words of the text Hamish analyses there (main content, text map). */
  words: number;
  textWalk: Summary;
  markjs: Summary | null;
  /** Elements mark.js made on the last run. */
  markjsMarks: number;
}

export interface PeerBrowser {
  version: string;
  measure(url: string, surfaces: readonly string[], loads: number): Promise<PeerFigures>;
  /** The gate's first call on fresh loads: wall time, main-thread CPU time, and warm calls after it. */
  measureGate(url: string, loads: number): Promise<{ cold: Summary; coldCpu: Summary; warm: Summary }>;
  close(): Promise<void>;
}


/** Page code under a name of its own (bench-gate.ts has its own bundle and may change it). */
const PAGE_ENTRY = `
import { checkPageScript } from '@/utils/page/gate';
import { findMainContent } from '@/utils/page/main-content';
import { buildTextMap } from '@/utils/page/text-map';
globalThis.__hamishBenchPage = { checkPageScript, findMainContent, buildTextMap };
`;

function bundlePageCode(): Promise<string> {
  return bundleEntry(PAGE_ENTRY, PAGE_SCRIPT);
}

/** The TreeWalker floor, run once, as the page's first script work. */
const TEXT_WALK = `(() => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.nodeValue);
  const chars = parts.join('').length;
  return { ms: performance.now() - t0, chars };
})()`;

/** Region and words as Hamish computes them (the page code must be loaded). */
const REGION = `(() => {
  const b = globalThis.__hamishBenchPage;
  const region = b.findMainContent(document);
  globalThis.__benchRegion = region.blocks;
  return b.buildTextMap(region).text.match(/\\S+/g)?.length ?? 0;
})()`;

const MARK = `(surfaces) => {
  const esc = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
  const sorted = [...surfaces].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map(esc).join('|'), 'g');
  let marks = -1;
  const t0 = performance.now();
  new Mark(globalThis.__benchRegion).markRegExp(re, { acrossElements: true, done: (n) => { marks = n; } });
  return { ms: performance.now() - t0, marks };
}`;

const GATE_COLD = `(() => {
  const t0 = performance.now();
  globalThis.__hamishBenchPage.checkPageScript(document);
  return performance.now() - t0;
})()`;

const GATE_WARM = `(runs) => {
  const b = globalThis.__hamishBenchPage;
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    b.checkPageScript(document);
    warm.push(performance.now() - t0);
  }
  warm.sort((x, y) => x - y);
  return warm[warm.length >> 1];
}`;

/** CPU seconds of the page's main thread so far (DevTools' ThreadTime metric). */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
}

/** Launches the plain Chromium; the network is closed except for the local server. */
export async function launchPeerBrowser(): Promise<PeerBrowser> {
  const markjs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const pageCode = await bundlePageCode();
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  const fresh = async (url: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    return page;
  };
  return {
    version: browser.version(),
    async measure(url, surfaces, loads) {
      const walks: number[] = [];
      const marks: number[] = [];
      let words = 0;
      let markCount = 0;
      for (let i = 0; i < loads; i++) {
        const page = await fresh(url);
        walks.push(((await page.evaluate(TEXT_WALK)) as { ms: number }).ms);
        await page.evaluate(pageCode);
        words = (await page.evaluate(REGION)) as number;
        if (surfaces.length > 0) {
          await page.addScriptTag({ content: markjs });
          const r = (await page.evaluate(`(${MARK})(${JSON.stringify(surfaces)})`)) as { ms: number; marks: number };
          marks.push(r.ms);
          markCount = r.marks;
        }
        await page.close();
      }
      return { words, textWalk: summarize(walks), markjs: marks.length ? summarize(marks) : null, markjsMarks: markCount };
    },
    async measureGate(url, loads) {
      const cold: number[] = [];
      const coldCpu: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < loads; i++) {
        const page = await fresh(url);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.evaluate(pageCode);
        // Evaluating anything and reading the metric cost main-thread time too: take an empty call off.
        const empty: number[] = [];
        for (let k = 0; k < 5; k++) {
          const t = await threadTime(cdp);
          await page.evaluate('0');
          empty.push((await threadTime(cdp)) - t);
        }
        const before = await threadTime(cdp);
        cold.push((await page.evaluate(GATE_COLD)) as number);
        coldCpu.push(Math.max(0, ((await threadTime(cdp)) - before - (summarize(empty).median)) * 1000));
        warm.push((await page.evaluate(`(${GATE_WARM})(15)`)) as number);
        await cdp.detach();
        await page.close();
      }
      return { cold: summarize(cold), coldCpu: summarize(coldCpu), warm: summarize(warm) };
    },
    close: () => browser.close(),
  };
}
