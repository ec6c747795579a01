import type { browser as browserApi } from 'wxt/browser';
import type { PageContext } from '@/utils/page/script-context';
import type { GateResult } from '@/utils/page/gate';
import type { HighlightTypes, PageAnnotations, TabProtocol } from '@/utils/messaging/tab-protocol';
import type { createCardController } from './card';

/** The extension API the content script hands the chunks it loads. */
export type ExtensionApi = typeof browserApi;

/**
 * The global (in the extension's isolated world, which the annotator shares with the content
 * script) through which the annotator chunk, injected by the background, hands over its API.
 */
export const ANNOTATOR_READY = '__hamishAnnotatorReady';

/** What the annotator chunk hands to the content script. */
export interface AnnotatorApi {
  startSession(opts: { ctx: PageContext; browser: ExtensionApi; force: boolean; gate: GateResult; startedAt: number; gatedAt: number }): Promise<AnnotationSession>;
}

/** One page's annotation: detection, highlights, card, history record, living-page updates. */
export interface AnnotationSession {
  /** (Re)annotates the page; with force, even when it was not detected as news. */
  annotate(opts?: { force?: boolean }): Promise<void>;
  snapshot(): PageAnnotations;
  setTypes(types: Partial<HighlightTypes>): HighlightTypes;
  /** Scrolls to a mention or quotation and opens its card (loading the card chunk if need be). */
  reveal(target: TabProtocol['revealMention']['data']): Promise<boolean>;
  destroy(): void;
}

/** What the card chunk exports to the annotator. */
export interface CardApi {
  createCardController: typeof createCardController;
}
