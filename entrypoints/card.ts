/**
 * The context card chunk: Preact, the card components and their messages. Imported by the
 * annotator chunk once the highlights are painted (or on the first click), so that painting
 * does not wait for code the reader may never use. Built as an ES module (see wxt.config.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardController } from './content/card';
import type { CardApi } from './content/session-types';

export default defineUnlistedScript((): CardApi => ({ createCardController }));
