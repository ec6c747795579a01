import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/messaging/tab-protocol';
import { t } from '@/utils/i18n';

const MENU_ID = 'hamish-annotate';

/** Alt+Shift+H: all highlights of the tab off if any is on, else all on. */
export async function toggleHighlights(tabId: number): Promise<void> {
  const page = await sendToTab(tabId, 'getPageAnnotations', {});
  if (!page) return;
  const anyOn = Object.values(page.highlight).some(Boolean);
  await sendToTab(tabId, 'setHighlightTypes', { person: !anyOn, country: !anyOn, demonym: !anyOn, quote: !anyOn });
}

/** Registers the keyboard command and the "annotate this page" context menu. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-highlights' && tab?.id !== undefined) void toggleHighlights(tab.id);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menuAnnotate'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, 'annotateNow', {});
  });
}
