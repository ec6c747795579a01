/**
 * Hamish in real Chromium with the built extension: one fresh load of a page per run, the
 * content script's own timings read back through the tab protocol, and the main thread's long
 * tasks seen by a PerformanceObserver registered before the page loads.
 *
 * Attribution of long tasks: Chrome attributes neither long tasks nor long animation frames to
 * extension scripts, and the content script does not expose when it started, so the bench
 * places the annotation on the page's clock (annotationWindow) and counts the tasks that
 * overlap it. The 'longtask' API only reports tasks of 50 ms or more: 0 means none.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/chromium';
import { tabIdOf } from '../e2e/support/extension';
import type { AnnotationTimings, PageAnnotations } from '../../utils/messaging/tab-protocol';
import { summarize, type Summary } from './bench-stats';

/** Registered in every page before its own scripts: long tasks and the first painted highlight. */
const OBSERVE = `(() => {
  const state = { longTasks: [], paintSeenAt: null };
  Object.defineProperty(window, '__hamishBenchState', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const poll = () => {
    for (const name of CSS.highlights.keys()) {
      if (String(name).startsWith('hamish-')) { state.paintSeenAt = performance.now(); return; }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

interface PageState { longTasks: Array<{ start: number; duration: number }>; paintSeenAt: number | null }

export interface AnnotatedLoad {
  timings: AnnotationTimings;
  longestTaskMs: number;
  longTasks: number;
  /** What placed the annotation window on the page's clock (see annotationWindow). */
  anchor: 'paint' | 'whole page';
  surfaces: string[];
}

export interface HamishBrowser {
  ext: ExtensionBrowser;
  /** Loads `url` in a new tab, waits for the annotation and returns what it cost. */
  annotatedLoad(url: string, timeoutMs: number): Promise<AnnotatedLoad>;
  /** Whether the annotator chunk ran (a script parsed in the page's renderer) and any highlight registered on `url`. */
  annotatorFootprint(url: string): Promise<{ annotatorRequested: boolean; highlights: number; answered: boolean }>;
}

async function askTab(ext: ExtensionBrowser, tabId: number): Promise<PageAnnotations | null> {
  const worker = await ext.worker();
  return worker.evaluate(
    ([id]) => chrome.tabs.sendMessage(id as number, { hamishTab: 1, type: 'getPageAnnotations', data: {} }, { frameId: 0 }).catch(() => null),
    [tabId] as const,
  ) as Promise<PageAnnotations | null>;
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null && v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const SURFACES = `(() => {
  const out = new Set();
  for (const [name, h] of CSS.highlights) {
    if (!String(name).startsWith('hamish-')) continue;
    for (const r of h) { const s = r.toString(); if (s.trim()) out.add(s); }
  }
  return [...out];
})()`;

/**
 * The annotation's interval on the page's clock: it ends at the first frame that shows a
 * hamish-* highlight and starts \`timings.total\` before it. On a page where Hamish paints
 * nothing, the whole page so far is the window (any long task counts against us).
 */
async function annotationWindow(page: Page, timings: AnnotationTimings, painted: number | null): Promise<{ start: number; end: number; anchor: 'paint' | 'whole page' }> {
  if (painted !== null) return { start: painted - timings.total, end: painted, anchor: 'paint' };
  return { start: 0, end: (await page.evaluate('performance.now()')) as number, anchor: 'whole page' };
}

/** Launches Chromium with the built extension in `buildDir`. */
export async function launchHamishBrowser(buildDir: string): Promise<HamishBrowser> {
  const ext = await launchWithExtension(buildDir);
  await ext.context.addInitScript(OBSERVE);
  return {
    ext,
    async annotatedLoad(url, timeoutMs) {
      const page = await ext.context.newPage();
      // The content script reports its own failure on the console; stop waiting when it does.
      let failure: string | null = null;
      page.on('console', (m) => {
        if (/^Hamish\b/.test(m.text())) failure ??= m.text().slice(0, 300);
      });
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
        const tabId = await tabIdOf(ext, url, timeoutMs);
        let last: PageAnnotations | null = null;
        const reply = await waitFor('the annotation timings', timeoutMs, async () => {
          if (failure) throw new Error(failure);
          last = await askTab(ext, tabId);
          return last?.timings ? last : null;
        }).catch(async (err: Error) => {
          const visibility = await page.evaluate('document.visibilityState').catch(() => '?');
          throw new Error(`${err.message} (last detection: ${JSON.stringify((last as PageAnnotations | null)?.detection ?? null)}; page ${String(visibility)})`);
        });
        const timings = reply.timings as AnnotationTimings;
        const painted = await waitFor('the first painted highlight', timings.chars > 0 ? 5_000 : 0, async () => {
          const s = (await page.evaluate('window.__hamishBenchState')) as PageState;
          return s.paintSeenAt;
        }).catch(() => null);
        // Long-task entries are delivered after their task: give the observer a moment.
        await page.waitForTimeout(300);
        const tasks = ((await page.evaluate('window.__hamishBenchState')) as PageState).longTasks;
        const { start, end, anchor } = await annotationWindow(page, timings, painted);
        const inWindow = tasks.filter((t) => t.start < end && t.start + t.duration > start);
        return {
          timings,
          longestTaskMs: Math.max(0, ...inWindow.map((t) => t.duration)),
          longTasks: inWindow.length,
          anchor,
          surfaces: (await page.evaluate(SURFACES)) as string[],
        };
      } finally {
        await page.close();
      }
    },
    async annotatorFootprint(url) {
      const page = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(page);
      // The background injects the chunk (no network request): DevTools still sees every script
      // the renderer parses, the extension's isolated world included.
      const parsed: string[] = [];
      cdp.on('Debugger.scriptParsed', (e: { url: string }) => parsed.push(e.url));
      await cdp.send('Debugger.enable');
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        let answered = true;
        try {
          await tabIdOf(ext, url, 10_000);
        } catch {
          answered = false;
        }
        // The content script answers once its gate has run, before it would ask for the chunk:
        // leave time for that request.
        await page.waitForTimeout(1500);
        const inPage = (await page.evaluate(`({ highlights: [...CSS.highlights.keys()].filter((k) => String(k).startsWith('hamish-')).length })`)) as { highlights: number };
        const annotatorRequested = parsed.some((u) => /^chrome-extension:\/\/[^/]+\/annotator\.js$/.test(u));
        return { annotatorRequested, highlights: inPage.highlights, answered };
      } finally {
        await cdp.detach();
        await page.close();
      }
    },
  };
}

/** Median and spread of each part of the content script's timings over several loads. */
export function summarizeTimings(loads: readonly AnnotationTimings[]): Record<keyof AnnotationTimings, Summary> {
  const keys: Array<keyof AnnotationTimings> = ['gate', 'load', 'detect', 'textMap', 'analyse', 'paint', 'total', 'chars'];
  return Object.fromEntries(keys.map((k) => [k, summarize(loads.map((t) => t[k]))])) as Record<keyof AnnotationTimings, Summary>;
}
