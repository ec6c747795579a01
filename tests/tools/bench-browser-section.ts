/**
 * The browser part of `npm run bench`: the fixture articles and a generated long page with the
 * built extension (Hamish's timings, long tasks) and without it (TreeWalker floor, mark.js),
 * then what Hamish costs on a page in another language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveFixtures } from '../e2e/support/server';
import type { BenchPlan } from './bench-args';
import { launchPeerBrowser, type PeerFigures } from './bench-browser-peer';
import { launchHamishBrowser, summarizeTimings, type AnnotatedLoad, type HamishBrowser } from './bench-browser';
import { summarize, type Summary } from './bench-stats';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
export const ARTICLES_DIR = 'ar_news';
export const NON_ARABIC_PAGE = 'neg_other_lang/L1_bbc-1_en.html';
const BIG_PAGE_PATH = '/bench/big-page.html';

/** Everything measured on one page; Summary figures are over page loads. */
export interface PageMeasure {
  name: string;
  words: number | null;
  annotate: Summary | null;
  breakdown: Record<'gate' | 'load' | 'detect' | 'textMap' | 'analyse' | 'paint', number> | null;
  longestTask: Summary | null;
  longestTaskMax: number | null;
  /** How the annotation was placed on the page's clock, per load. */
  anchors: string[];
  textWalk: Summary | null;
  markjs: Summary | null;
  surfaces: number;
  markjsMarks: number | null;
  error: string | null;
}

export interface BrowserSection {
  chromium: string;
  articles: PageMeasure[];
  bigPage: PageMeasure & { generatedWords: number };
  nonArabicPage: {
    gate: Summary;
    gateCpu: Summary;
    gateWarm: Summary;
    bytes: number;
    gzipBytes: number;
    annotatorRequested: boolean;
    highlights: number;
    /** The same check on an Arabic article, where the chunk must be seen: proof the check can see it. */
    controlAnnotatorRequested: boolean;
  };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

async function measurePage(
  hamish: HamishBrowser,
  peer: Awaited<ReturnType<typeof launchPeerBrowser>>,
  name: string,
  url: string,
  loads: number,
  warmUp: number,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<PageMeasure> {
  const runs: AnnotatedLoad[] = [];
  const failures: string[] = [];
  // Warm-up loads: the chunk, the disk cache and the JIT meet the page untimed.
  for (let i = -warmUp; i < loads; i++) {
    try {
      const r = await hamish.annotatedLoad(`${url}?${i < 0 ? 'warm' : 'run'}=${i}-${Date.now()}`, timeoutMs);
      if (i >= 0) runs.push(r);
      log(`browser: ${name} ${i < 0 ? 'warm-up' : `load ${i + 1}/${loads}`}: ${r.timings.total.toFixed(1)} ms`);
    } catch (err) {
      failures.push(message(err));
      log(`browser: ${name} ${i < 0 ? 'warm-up' : `load ${i + 1}/${loads}`} failed: ${message(err)}`);
    }
  }
  let error: string | null = failures.length ? `extension: ${failures.length} of ${loads + warmUp} loads failed: ${[...new Set(failures)].join(' | ')}` : null;
  const surfaces = runs.at(-1)?.surfaces ?? [];
  let peerFigures: PeerFigures | null = null;
  try {
    peerFigures = await peer.measure(url, surfaces, loads);
  } catch (err) {
    error = [error, `peer: ${message(err)}`].filter(Boolean).join('; ');
  }
  const t = runs.length ? summarizeTimings(runs.map((r) => r.timings)) : null;
  return {
    name,
    words: peerFigures?.words ?? null,
    annotate: t?.total ?? null,
    breakdown: t ? { gate: t.gate.median, load: t.load.median, detect: t.detect.median, textMap: t.textMap.median, analyse: t.analyse.median, paint: t.paint.median } : null,
    longestTask: runs.length ? summarize(runs.map((r) => r.longestTaskMs)) : null,
    longestTaskMax: runs.length ? Math.max(...runs.map((r) => r.longestTaskMs)) : null,
    anchors: [...new Set(runs.map((r) => r.anchor))],
    textWalk: peerFigures?.textWalk ?? null,
    markjs: peerFigures?.markjs ?? null,
    surfaces: surfaces.length,
    markjsMarks: peerFigures?.markjs ? peerFigures.markjsMarks : null,
    error,
  };
}

/**
 * Runs the whole browser part on the build in `build`; `bigPage` is the generated page's HTML
 * and word count.
 */
export async function measureBrowserSection(build: string, plan: BenchPlan, bigPage: { html: string; words: number }, log: (line: string) => void): Promise<BrowserSection> {
  const content = readFileSync(join(build, 'content-scripts/content.js'));
  const server = await serveFixtures(PAGES);
  server.route(BIG_PAGE_PATH, bigPage.html);
  const hamish = await launchHamishBrowser(build);
  const peer = await launchPeerBrowser().catch(async (err: unknown) => {
    await hamish.ext.close();
    throw err;
  });
  try {
    const articles: PageMeasure[] = [];
    for (const file of readdirSync(join(PAGES, ARTICLES_DIR)).filter((f) => f.endsWith('.html')).sort()) {
      articles.push(await measurePage(hamish, peer, file.replace(/\.html$/, ''), `${server.origin}/${ARTICLES_DIR}/${file}`, plan.pageLoads, plan.warmUpLoads, 30_000, log));
    }
    const big = await measurePage(hamish, peer, `generated ${bigPage.words.toLocaleString('en')}-word page`, `${server.origin}${BIG_PAGE_PATH}`, plan.bigPageLoads, plan.warmUpLoads, 180_000, log);

    log('browser: page in another language');
    const gate = await peer.measureGate(`${server.origin}/${NON_ARABIC_PAGE}`, plan.gateLoads);
    const footprint = await hamish.annotatorFootprint(`${server.origin}/${NON_ARABIC_PAGE}?footprint=${Date.now()}`);
    const firstArticle = articles[0]?.name ?? '';
    const control = await hamish.annotatorFootprint(`${server.origin}/${ARTICLES_DIR}/${firstArticle}.html?footprint=${Date.now()}`);
    if (!footprint.answered) throw new Error(`the content script did not run on ${NON_ARABIC_PAGE}`);
    return {
      chromium: peer.version,
      articles,
      bigPage: { ...big, generatedWords: bigPage.words },
      nonArabicPage: {
        gate: gate.cold,
        gateCpu: gate.coldCpu,
        gateWarm: gate.warm,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
        annotatorRequested: footprint.annotatorRequested,
        highlights: footprint.highlights,
        controlAnnotatorRequested: control.annotatorRequested,
      },
    };
  } finally {
    await peer.close();
    await hamish.ext.close();
    await server.close();
  }
}
