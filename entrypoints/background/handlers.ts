import { browser, type Browser } from 'wxt/browser';
import type { MessageData, MessageReply } from '@/utils/messaging/schemas';

type Handlers = {
  [K in keyof MessageData]: (data: MessageData[K], sender: Browser.runtime.MessageSender) => Promise<MessageReply[K]>;
};

const tabKey = (tabId: number) => `tab:${tabId}`;

// Per-tab state lives in storage.session, not in worker memory: the browser may stop the
// service worker between any two messages.
export const handlers: Handlers = {
  async reportPageCheck(check, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return null;
    await browser.storage.session.set({ [tabKey(tabId)]: { check, updatedAt: Date.now() } });
    return null;
  },
  async getTabState({ tabId }) {
    const key = tabKey(tabId);
    const stored = await browser.storage.session.get(key);
    return (stored[key] as MessageReply['getTabState']) ?? null;
  },
};
