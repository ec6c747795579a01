import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatchMessage } from './dispatch';
import { registerCommands } from './commands';
import { registerTabCleanup } from './tabs';

// Wiring only: WXT imports this file in Node at build time, so nothing runs at top level.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => dispatchMessage(message, sender));
  registerCommands();
  registerTabCleanup();
});
