/**
 * The annotator chunk: page reading (main content, text map, news detection) and highlights.
 * The background injects it (scripting.executeScript) into the isolated world of a page whose
 * text is Arabic, when the content script asks (see content/chunks.ts); it hands its API over
 * through ANNOTATOR_READY. The analysis itself runs in the background, where the model is, and
 * the context card is a chunk of its own (entrypoints/card.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSession } from './content/session';
import { ANNOTATOR_READY, type AnnotatorApi } from './content/session-types';

export default defineUnlistedScript(() => {
  const ready = (globalThis as { [ANNOTATOR_READY]?: (api: AnnotatorApi) => void })[ANNOTATOR_READY];
  ready?.({ startSession });
});
