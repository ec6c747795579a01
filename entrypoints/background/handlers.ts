import { browser, type Browser } from 'wxt/browser';
import type { AnalysisReply, MessageData, MessageReply, PageAnalysis } from '@/utils/messaging/schemas';
import { toWire } from '@/utils/messaging/analysis-wire';
import { historyDb, readableHistoryError } from '@/utils/db/connection';
import { clearHistory, deletePages, importPages, prunePages, recordVisit } from '@/utils/db/pages-repo';
import { readSettings, retentionCutoff, writeSettings } from '@/utils/db/settings-repo';
import { entityPages } from '@/utils/db/entities-repo';
import { normalizePageUrl } from '@/utils/url';
import { analysePage, warmUp } from './analysis';
import { createUploads } from './uploads';

const uploads = createUploads();

const replyOf = ({ analysis, countries }: PageAnalysis): AnalysisReply => ({ analysis: toWire(analysis), countries });

type Handlers = {
  [K in keyof MessageData]: (data: MessageData[K], sender: Browser.runtime.MessageSender) => Promise<MessageReply[K]>;
};

/** The storage.session key of a tab's state. */
export const tabKey = (tabId: number) => `tab:${tabId}`;

/** Deleting, clearing, importing and settings belong to the reader's own extension pages, never to a web page's frame. */
function requireExtensionPage(sender: Browser.runtime.MessageSender, what: string): void {
  if (typeof sender.url !== 'string' || !sender.url.startsWith(browser.runtime.getURL('/'))) {
    throw new Error(`${what} is only accepted from the extension's own pages`);
  }
}

/** Runs a database step; a storage failure comes back as a readable, coded error. */
async function withHistory<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw readableHistoryError(err);
  }
}

async function pruneExpired(now: number): Promise<void> {
  const cutoff = retentionCutoff(await readSettings(historyDb()), now);
  if (cutoff !== null) await prunePages(historyDb(), cutoff);
}

// Per-tab state lives in storage.session, not in worker memory: the browser may stop the
// service worker between any two messages.
export const handlers: Handlers = {
  async reportPageCheck(check, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return null;
    if (check.handled) void warmUp();
    await browser.storage.session.set({ [tabKey(tabId)]: { check, updatedAt: Date.now() } });
    return null;
  },
  async loadAnnotator(_data, sender) {
    // Only a web page's top frame, where the content script asks after its gate.
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0 || !/^https?:/.test(sender.url ?? '')) throw new Error('loadAnnotator is only accepted from a page\'s content script');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/annotator.js'], injectImmediately: true });
    return { loaded: true } as const;
  },
  async analyseText({ text }) {
    return replyOf(await analysePage(text));
  },
  async analyseTextPart({ upload, index, part }, sender) {
    return { received: uploads.add(sender, upload, index, part) };
  },
  async analyseUpload({ upload }, sender) {
    return replyOf(await analysePage(uploads.take(sender, upload)));
  },
  async getTabState({ tabId }) {
    const key = tabKey(tabId);
    const stored = await browser.storage.session.get(key);
    return (stored[key] as MessageReply['getTabState']) ?? null;
  },
  async recordPageVisit(summary, sender) {
    return withHistory(async () => {
      const settings = await readSettings(historyDb());
      if (settings.paused) return { recorded: false, reason: 'paused' } as const;
      if (sender.tab?.incognito && !settings.recordPrivate) return { recorded: false, reason: 'private' } as const;
      const now = Date.now();
      const done = await recordVisit(historyDb(), summary, now);
      if (!done) return { recorded: false, reason: 'not-web-page' } as const;
      await pruneExpired(now);
      return { recorded: true, ...done } as const;
    });
  },
  async getEntityPages({ entity, excludeUrl, limit }) {
    const exclude = excludeUrl ? normalizePageUrl(excludeUrl) : null;
    return withHistory(() => entityPages(historyDb(), entity, { excludeUrl: exclude, limit }));
  },
  async deletePage({ pageId }, sender) {
    requireExtensionPage(sender, 'deletePage');
    return withHistory(async () => ({ deleted: (await deletePages(historyDb(), [pageId])) > 0 }));
  },
  async clearHistory(_data, sender) {
    requireExtensionPage(sender, 'clearHistory');
    return withHistory(async () => ({ deleted: await clearHistory(historyDb()) }));
  },
  async importHistory({ pages }, sender) {
    requireExtensionPage(sender, 'importHistory');
    return withHistory(() => importPages(historyDb(), pages));
  },
  async updateSettings(change, sender) {
    requireExtensionPage(sender, 'updateSettings');
    return withHistory(async () => {
      const next = await writeSettings(historyDb(), change);
      await pruneExpired(Date.now());
      return next;
    });
  },
};
