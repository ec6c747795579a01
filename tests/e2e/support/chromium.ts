import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.HAMISH_CHROMIUM ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension in a persistent context. Playwright
 * disables extensions unless both --disable-extensions-except and --load-extension are given.
 */
export async function launchWithExtension(
  buildDir: string,
  opts: { headless?: boolean; profileDir?: string; locale?: string } = {},
): Promise<ExtensionBrowser> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'hamish-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    // Chromium on Linux takes its UI language (and so the extension's _locales) from LANGUAGE;
    // Debian ships the non-English UI locales in chromium-l10n (.ci/run installs it).
    env: { ...process.env, LANGUAGE: opts.locale ?? 'ar' },
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--lang=${opts.locale ?? 'ar'}`,
    ],
  });
  // The network is closed here, and a test must never depend on it: every request that is not
  // for the local fixture server or the extension itself is refused at once.
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|chrome-extension:)/, (route) => route.abort());
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    profileDir,
    worker,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
