import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.HAMISH_FIREFOX ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The moz-extension:// origin of the installed add-on (its UUID is chosen before launch). */
  origin: string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Firefox ESR over WebDriver BiDi with the built add-on installed. The
 * add-on's UUID is fixed through `extensions.webextensions.uuids` so that its pages have a known
 * moz-extension:// origin (needs the gecko id from the manifest).
 */
export async function launchFirefoxWithExtension(buildDir: string): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const userDataDir = mkdtempSync(join(tmpdir(), 'hamish-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'intl.locale.requested': 'ar',
      // The network is closed here: never try to reach it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(buildDir);
  return {
    browser,
    origin: `moz-extension://${uuid}`,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page: Firefox sends no load event for moz-extension:// pages, so the
 * navigation is started without waiting and the document is polled until it is complete.
 */
export async function openExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (ready && ready[0]?.startsWith(url.split('#')[0] as string) && ready[1] === 'complete') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load`);
}
