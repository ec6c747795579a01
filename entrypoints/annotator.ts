/**
 * The annotator chunk: analysis, highlights and the context card. Built as an ES module and
 * imported by the content script only on pages whose text is Arabic (see wxt.config.ts), so
 * other pages never load the model.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSession } from './content/session';
import type { AnnotatorApi } from './content/session-types';

export default defineUnlistedScript((): AnnotatorApi => ({ startSession }));
