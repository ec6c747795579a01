/**
 * Loading the code the gate leaves out. The annotator is injected by the background into this
 * isolated world (a classic script, no web-accessible file for pages to probe; measured here as
 * fast as a dynamic import of a file without `use_dynamic_url`, and faster than one with it);
 * the card is an ES module the annotator imports (see wxt.config.ts).
 */
import type { Sender } from '@/utils/messaging/protocol';
import { ANNOTATOR_READY, type AnnotatorApi, type ExtensionApi } from './session-types';

/** Imports a chunk built as an ES module from the extension and returns its default export. */
export async function importChunk<T>(browser: ExtensionApi, path: '/card.js'): Promise<T> {
  const mod = (await import(/* @vite-ignore */ browser.runtime.getURL(path))) as { default: T };
  return mod.default;
}

/**
 * Asks the background to inject the annotator into this frame and returns its API. The chunk
 * runs before the background's reply arrives, so a reply without the API means it failed.
 */
export function loadAnnotator(send: Sender): Promise<AnnotatorApi> {
  const world = globalThis as { [ANNOTATOR_READY]?: (api: AnnotatorApi) => void };
  let api: AnnotatorApi | null = null;
  world[ANNOTATOR_READY] = (got) => {
    api = got;
  };
  return send('loadAnnotator', {}).then((reply) => {
    delete world[ANNOTATOR_READY];
    if (!reply.ok) throw new Error(`the annotator could not be loaded: ${reply.error}`);
    if (!api) throw new Error('the annotator was injected but did not start');
    return api;
  });
}
