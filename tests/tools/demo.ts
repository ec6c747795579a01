/**
 * npm run demo — builds Hamish, serves the bundled sample Arabic articles on 127.0.0.1,
 * opens them in Chromium with the extension (a real window when a display is available,
 * headless otherwise), writes screenshots of each page and its popup, and prints what was found.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIRS, ROOT, ensureBuilt } from '../e2e/support/build';
import { launchWithExtension } from '../e2e/support/chromium';
import { serveFixtures } from '../e2e/support/server';
import { openPopup, tabIdOf, waitForTabState } from '../e2e/support/extension';

const SAMPLES = ['pages/ar_news/11_alyaum.com_ar.html', 'pages/ar_news/04_bbc.com-arabic_ar.html'];

async function main(): Promise<void> {
  process.stdout.write('building the extension…\n');
  await ensureBuilt('chrome');
  const outDir = join(ROOT, 'demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(outDir, { recursive: true });
  const server = await serveFixtures(join(ROOT, 'tests/fixtures'));
  const headless = !process.env.DISPLAY;
  const ext = await launchWithExtension(BUILD_DIRS.chrome, { headless });
  try {
    for (const [i, sample] of SAMPLES.entries()) {
      const url = `${server.origin}/${sample}`;
      const page = await ext.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const tabId = await tabIdOf(ext, url);
      const state = await waitForTabState(ext, tabId);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(outDir, `${i + 1}-page.png`) });
      const popup = await openPopup(ext, tabId);
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.waitForSelector('[data-verdict]');
      await popup.screenshot({ path: join(outDir, `${i + 1}-popup.png`) });
      await popup.close();
      process.stdout.write(`\n${sample}\n  title: ${state.check.title}\n  verdict: ${state.check.handled ? 'Arabic' : 'not handled'} (${state.check.script})\n`);
      for (const r of state.check.reasons) process.stdout.write(`  · ${r}\n`);
    }
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
