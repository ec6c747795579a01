/**
 * The annotator chunk: page reading (main content, text map, news detection) and highlights.
 * Built as an ES module and imported by the content script only on pages whose text is Arabic
 * (see wxt.config.ts); the analysis itself runs in the background, where the model is, and the
 * context card is a chunk of its own (entrypoints/card.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSession } from './content/session';
import type { AnnotatorApi } from './content/session-types';

export default defineUnlistedScript((): AnnotatorApi => ({ startSession }));
