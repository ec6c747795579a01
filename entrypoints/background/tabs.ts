import { browser } from 'wxt/browser';
import { tabKey } from './handlers';

/** Forgets a tab's state when the tab closes (storage.session would otherwise keep it all session). */
export function registerTabCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabKey(tabId));
  });
}
