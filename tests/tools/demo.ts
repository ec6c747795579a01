/**
 * npm run demo — builds Hamish, serves the bundled sample Arabic articles on 127.0.0.1, opens
 * them in Chromium with the extension (a real window when a display is available, headless
 * otherwise), clicks a highlighted name to open its context card, writes screenshots of each
 * page and of its popup, and prints what Hamish found.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageAnnotations } from '@/utils/messaging/tab-protocol';
import { BUILD_DIRS, ROOT, ensureBuilt } from '../e2e/support/build';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/chromium';
import { serveFixtures } from '../e2e/support/server';
import { openPopup, tabIdOf } from '../e2e/support/extension';
import { pointOfHighlight } from '../e2e/support/page-state';

const SAMPLES = ['pages/ar_news/11_alyaum.com_ar.html', 'pages/ar_news/04_bbc.com-arabic_ar.html'];

async function annotations(ext: ExtensionBrowser, tabId: number): Promise<PageAnnotations | null> {
  const worker = await ext.worker();
  for (let i = 0; i < 100; i++) {
    const page = (await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { hamishTab: 1, type: 'getPageAnnotations', data: {} }, { frameId: 0 }).catch(() => null),
      tabId,
    )) as PageAnnotations | null;
    if (page?.annotated || (page && !page.detection.arabic)) return page;
    await new Promise((r) => setTimeout(r, 150));
  }
  return null;
}

async function openACard(page: Page): Promise<string | null> {
  for (const name of ['hamish-person', 'hamish-country', 'hamish-quote']) {
    try {
      const { x, y } = await pointOfHighlight(page, name);
      await page.mouse.click(x, y);
      await page.waitForSelector('hamish-card', { state: 'attached', timeout: 3000 });
      return name.slice('hamish-'.length);
    } catch {
      // no visible highlight of this type: try the next
    }
  }
  return null;
}

function describe(sample: string, a: PageAnnotations | null): string {
  if (!a) return `\n${sample}\n  (no answer from the page)\n`;
  const lines = [`\n${sample}`, `  title: ${a.title}`, `  verdict: ${a.detection.arabic ? 'Arabic' : 'not Arabic'}, ${a.detection.news ? 'news article' : 'not news'} (confidence ${a.detection.confidence.toFixed(2)}; ${a.detection.reasons.join(', ')})`];
  const byType = (type: string, demonym = false) => a.entities.filter((e) => e.type === type && Boolean(e.demonym) === demonym);
  for (const [label, list] of [['people', byType('person')], ['countries', byType('country')], ['demonyms', byType('country', true)]] as const) {
    lines.push(`  ${label} (${list.length}): ${list.slice(0, 8).map((e) => `${e.name} ×${e.mentions}`).join('، ') || '—'}`);
  }
  lines.push(`  quotations (${a.quotes.length}):`);
  for (const q of a.quotes.slice(0, 4)) lines.push(`    «${q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text}» — ${q.speaker ?? '?'}`);
  if (a.timings) lines.push(`  annotated in ${a.timings.total.toFixed(1)} ms from the content script's start (${a.timings.chars} characters; gate ${a.timings.gate.toFixed(1)}, load ${a.timings.load.toFixed(1)}, detect ${a.timings.detect.toFixed(1)}, text map ${a.timings.textMap.toFixed(1)}, analyse ${a.timings.analyse.toFixed(1)}, paint ${a.timings.paint.toFixed(1)} ms)`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  process.stdout.write('building the extension…\n');
  await ensureBuilt('chrome');
  const outDir = join(ROOT, 'demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(outDir, { recursive: true });
  const server = await serveFixtures(join(ROOT, 'tests/fixtures'));
  const ext = await launchWithExtension(BUILD_DIRS.chrome, { headless: !process.env.DISPLAY });
  try {
    for (const [i, sample] of SAMPLES.entries()) {
      const url = `${server.origin}/${sample}`;
      const page = await ext.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const tabId = await tabIdOf(ext, url);
      const found = await annotations(ext, tabId);
      const card = await openACard(page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(outDir, `${i + 1}-page${card ? `-${card}-card` : ''}.png`) });
      const popup = await openPopup(ext, tabId);
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.waitForTimeout(800);
      await popup.screenshot({ path: join(outDir, `${i + 1}-popup.png`) });
      await popup.close();
      process.stdout.write(describe(sample, found));
    }
    const history = await ext.context.newPage();
    await history.setViewportSize({ width: 800, height: 700 });
    await history.goto(`chrome-extension://${ext.extensionId}/popup.html#history`);
    await history.waitForTimeout(1000);
    await history.screenshot({ path: join(outDir, 'history.png') });
  } finally {
    await ext.close();
    await server.close();
  }
  process.stdout.write(`\nscreenshots: ${outDir}\n`);
}

main().catch((err) => {
  process.stderr.write(`demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
