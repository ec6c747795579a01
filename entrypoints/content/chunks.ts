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
 * Asks the background to inject the annotator into this frame and returns its API as soon as
 * the chunk hands it over: the chunk runs before the background's reply can arrive, so the page
 * need not wait for that reply. A reply that comes without the API means the injection failed.
 */
export function loadAnnotator(send: Sender): Promise<AnnotatorApi> {
  const world = globalThis as { [ANNOTATOR_READY]?: (api: AnnotatorApi) => void };
  return new Promise<AnnotatorApi>((resolve, reject) => {
    const settle = (api: AnnotatorApi | null, error?: Error) => {
      delete world[ANNOTATOR_READY];
      if (api) resolve(api);
      else reject(error);
    };
    world[ANNOTATOR_READY] = (api) => settle(api);
    send('loadAnnotator', {}).then(
      (reply) => {
        // Still waiting: the chunk has not started (a settled promise ignores this).
        if (!(ANNOTATOR_READY in world)) return;
        settle(null, new Error(reply.ok ? 'the annotator was injected but did not start' : `the annotator could not be loaded: ${reply.error}`));
      },
      (err: unknown) => settle(null, err instanceof Error ? err : new Error(String(err))),
    );
  });
}
