import type { Page, Worker } from 'playwright-core';
import type { PageAnnotations } from '../../../utils/messaging/tab-protocol';
import type { ExtensionBrowser } from './chromium';

/**
 * Asks the content script of the newest tab showing `url` for its page state (tab protocol),
 * from `from`: the service worker, or an extension page where the worker must not be started.
 * Null until a content script answers (the gate has run). The newest tab wins: a closed tab may
 * have shown the same URL before. Tab URLs are visible to the extension on the pages its host
 * permissions cover.
 */
export function askContentScript(from: Page | Worker, url: string): Promise<{ tabId: number; answer: PageAnnotations } | null> {
  return (from as Page).evaluate(async (u) => {
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url === u && t.id !== undefined);
    const newest = tabs.sort((a, b) => (b.id as number) - (a.id as number))[0];
    if (!newest) return null;
    const answer = await chrome.tabs.sendMessage(newest.id as number, { hamishTab: 1, type: 'getPageAnnotations', data: {} }, { frameId: 0 }).catch(() => null);
    return answer ? { tabId: newest.id as number, answer } : null;
  }, url);
}

/** The tab id of the tab showing `url` once its content script answers (see askContentScript). */
export async function tabIdOf(ext: ExtensionBrowser, url: string, timeoutMs = 10_000): Promise<number> {
  const worker = await ext.worker();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const asked = await askContentScript(worker, url);
    if (asked) return asked.tabId;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no content script answered for ${url}`);
}

/** Reads what the background stored for a tab (storage.session), waiting until it appears. */
export async function waitForTabState(ext: ExtensionBrowser, tabId: number, timeoutMs = 10_000): Promise<any> {
  const worker = await ext.worker();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
    if (state) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no state recorded for tab ${tabId}`);
}

/** Opens the popup page for `tabId` in a tab of its own. */
export async function openPopup(ext: ExtensionBrowser, tabId: number, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}${hash}`);
  return page;
}

/**
 * Sends a tab-protocol message (utils/messaging/tab-protocol.ts) from the service worker to the
 * content script of the tab showing `page`, as the popup does, and returns its answer.
 */
export async function sendToTab(ext: ExtensionBrowser, page: Page, type: string, data: unknown = {}): Promise<unknown> {
  const tabId = await tabIdOf(ext, page.url());
  const worker = await ext.worker();
  return worker.evaluate(([id, t, d]) => chrome.tabs.sendMessage(id as number, { hamishTab: 1, type: t, data: d }, { frameId: 0 }), [tabId, type, data] as const);
}
