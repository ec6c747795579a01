/**
 * Loading the chunks built as ES modules (see wxt.config.ts): the content script imports the
 * annotator, the annotator imports the card.
 */
import type { ExtensionApi } from './session-types';

/** Imports a chunk from the extension and returns its default export. */
export async function importChunk<T>(browser: ExtensionApi, path: '/annotator.js' | '/card.js'): Promise<T> {
  const mod = (await import(/* @vite-ignore */ browser.runtime.getURL(path))) as { default: T };
  return mod.default;
}
