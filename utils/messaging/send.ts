/**
 * `sendMessage` for the code that holds the extension API itself (the content script's entry,
 * the popup); the annotator and card chunks build theirs with `createSender`.
 */
import { browser } from 'wxt/browser';
import { createSender } from './protocol';

/** Sends one typed message to the background and returns its reply (never throws). */
export const sendMessage = createSender(browser.runtime);
