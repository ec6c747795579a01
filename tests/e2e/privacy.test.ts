import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS, ROOT } from './support/build';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { openPopup, tabIdOf } from './support/extension';
import { articlePage } from './support/hostile-pages';
import { pointOfHighlight, readCard, waitForHighlights } from './support/page-state';

const NETWORK_APIS = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(|new Image\b|navigator\.connection/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

let ext: ExtensionBrowser;
let server: FixtureServer;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveFixtures(join(ROOT, 'tests/fixtures'));
  ext = await launchWithExtension(BUILD_DIRS.chrome);
  ext.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('privacy: Hamish makes no network request', () => {
  it('no shipped script contains a network API', () => {
    const scripts = filesUnder(BUILD_DIRS.chrome).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const offenders = scripts.filter((f) => NETWORK_APIS.test(readFileSync(f, 'utf8'))).map((f) => f.slice(BUILD_DIRS.chrome.length));
    expect(offenders).toEqual([]);
  });

  it('the scan would catch one', () => {
    expect(NETWORK_APIS.test('n(e){let t=o(e);fetch(e.href,t)}')).toBe(true);
    expect(NETWORK_APIS.test('navigator.sendBeacon("/x")')).toBe(true);
  });

  it('tells no page it is there: no window message on an annotated Arabic article or on a page it leaves alone', async () => {
    server.route('/private/heard.html', articlePage());
    server.route('/private/english.html', '<!doctype html><html lang="en"><head><title>Markets</title></head><body><p>Stocks rose on Monday as investors weighed the outlook for interest rates and earnings.</p></body></html>');
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      Object.defineProperty(window, '__heard', { value: heard });
      window.addEventListener('message', (e) => heard.push(e.data));
    });
    await page.goto(`${server.origin}/private/heard.html`, { waitUntil: 'domcontentloaded' });
    await waitForHighlights(page, 'hamish-country');
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__heard')).toEqual([]);
    await page.goto(`${server.origin}/private/english.html`, { waitUntil: 'domcontentloaded' });
    await tabIdOf(ext, page.url());
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__heard')).toEqual([]);
    // The page's listener works: it hears a message the page itself posts.
    await page.evaluate('window.postMessage("own", "*")');
    await page.waitForTimeout(100);
    expect(await page.evaluate('window.__heard')).toEqual(['own']);
    await page.close();
  });

  it('tells no page it is there: no event named after its id, at start or at a URL change, and a page cannot fake one to stop it', async () => {
    // The names WXT's own content-script context uses (entrypoint "content"): a page that knows
    // the id (a store listing shows it) could listen for them.
    const names = ['content-script-started', 'locationchange'].map((n) => `${ext.extensionId}:content:wxt:${n}`);
    server.route('/private/spa.html', articlePage());
    server.route('/private/english-spa.html', '<!doctype html><html lang="en"><head><title>Markets</title></head><body><p>Stocks rose on Monday as investors weighed the outlook for interest rates and earnings.</p></body></html>');
    const page = await ext.context.newPage();
    await page.addInitScript((eventNames: string[]) => {
      const heard: string[] = [];
      Object.defineProperty(window, '__heardEvents', { value: heard });
      for (const name of eventNames) for (const target of [document, window]) target.addEventListener(name, () => heard.push(name), true);
    }, names);
    for (const path of ['/private/english-spa.html', '/private/spa.html']) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
      await tabIdOf(ext, page.url());
    }
    await waitForHighlights(page, 'hamish-country');
    await page.evaluate(() => history.pushState({}, '', '/private/spa.html?part=2'));
    await page.waitForTimeout(1500);
    expect(await page.evaluate('window.__heardEvents')).toEqual([]);
    // The page's listeners work: they hear the start event when the page fakes it…
    await page.evaluate((name: string) => document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } })), names[0]!);
    expect(new Set((await page.evaluate('window.__heardEvents')) as string[])).toEqual(new Set([names[0]]));
    // …and Hamish, still running, annotates a paragraph added afterwards.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وفي سياق متصل، وصل وفد من اليابان إلى العاصمة للمشاركة في المحادثات.';
      document.querySelector('article')?.appendChild(p);
    });
    await page.waitForFunction(() => [...(CSS.highlights.get('hamish-country') ?? [])].some((r) => (r as Range).toString() === 'اليابان'), null, { timeout: 15_000 });
    await page.close();
  });

  it('annotating, a card, the popup and the history request only the page itself and the extension', async () => {
    // A page with no resources of its own: every request beyond the document is someone else's.
    server.route('/private/article.html', articlePage());
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/private/article.html`, { waitUntil: 'domcontentloaded' });
    await waitForHighlights(page, 'hamish-country');
    const { x, y } = await pointOfHighlight(page, 'hamish-country', 'مصر');
    await page.mouse.click(x, y);
    await page.waitForSelector('hamish-card', { state: 'attached' });
    expect((await readCard(page)).text).toContain('مصر');
    const popup = await openPopup(ext, await tabIdOf(ext, page.url()));
    await popup.waitForTimeout(1000);
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html#history`);
    await popup.waitForTimeout(1000);
    // The card chunk is web-accessible under a per-session dynamic id (use_dynamic_url), so any
    // chrome-extension:// URL is ours and local.
    const foreign = requests.filter((u) => !u.startsWith(`${server.origin}/private/`) && !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.startsWith('chrome-extension://'))).toBe(true);
    await Promise.all([page.close(), popup.close()]);
  });
});
