/**
 * The content script that runs on every http(s) page: small, and it decides from cheap signals.
 *
 *   document_idle ─▶ checkPageScript (bounded text sample, letter counts)
 *        ├─ not Arabic ─▶ answer the popup; load nothing else, wake no background
 *        └─ Arabic ─────▶ the background injects the annotator ─▶ detect news ─▶ main content ─▶ text map
 *                          ─▶ analyse() in the background ─▶ paint CSS highlights ─▶ card on click
 *                          ─▶ record visit
 *   popup "annotate this page" / context menu ─▶ the same annotator, forced
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkPageScript } from '@/utils/page/gate';
import { asPageContext } from '@/utils/page/script-context';
import { sendMessage } from '@/utils/messaging/send';
import type { PageAnnotations, TabProtocol } from '@/utils/messaging/tab-protocol';
import { loadAnnotator } from './chunks';
// The light palette's highlight rules: the browser injects them with the script, before the page
// is first styled (see utils/highlight/painter.ts).
import './highlights.css';
import type { AnnotationSession } from './session-types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT announces every content script's start to the page with window.postMessage, naming the
  // extension's id: any page could learn that the reader runs Hamish, and its message handlers
  // would run for it. Its document event (which a page must know the id to hear) suffices to
  // stop an older copy of this script.
  noScriptStartedPostMessage: true,
  async main(wxtContext) {
    const ctx = asPageContext(wxtContext);
    const startedAt = performance.now();
    const gate = checkPageScript(document);
    const gatedAt = performance.now();
    const arabic = gate.script === 'arabic';
    let session: AnnotationSession | null = null;
    let loading: Promise<AnnotationSession | null> | null = null;
    let failure: string | undefined;

    const start = (force: boolean) => {
      loading ??= loadAnnotator(sendMessage)
        .then((api) => api.startSession({ ctx, browser, force, gate, startedAt, gatedAt }))
        .catch((err: unknown) => {
          failure = err instanceof Error ? err.message : String(err);
          return null;
        });
      return loading.then((s) => {
        session = s;
        return force && s ? s.annotate({ force: true }).then(() => s) : s;
      });
    };

    const fallback = (): PageAnnotations => ({
      url: location.href,
      title: document.title,
      detection: { arabic, news: false, confidence: 0, reasons: [arabic ? 'arabic-text' : gate.script] },
      annotated: false,
      entities: [],
      quotes: [],
      highlight: { person: true, country: true, demonym: true, quote: true },
      ...(failure ? { error: failure } : {}),
    });

    const onTabMessage = (message: unknown): Promise<unknown> | undefined => {
      const m = message as { hamishTab?: number; type?: keyof TabProtocol; data?: unknown } | null;
      if (!m || m.hamishTab !== 1 || typeof m.type !== 'string') return undefined;
      switch (m.type) {
        case 'getPageAnnotations':
          return Promise.resolve(session ? session.snapshot() : fallback());
        case 'annotateNow':
          return start(true).then((s) => (s ? s.snapshot() : null));
        case 'setHighlightTypes':
          return Promise.resolve(session ? session.setTypes(m.data as Partial<PageAnnotations['highlight']>) : fallback().highlight);
        case 'revealMention':
          return Promise.resolve(session ? session.reveal(m.data as TabProtocol['revealMention']['data']) : false);
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onTabMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onTabMessage);
      session?.destroy();
    });

    // Only a page Hamish acts on tells the background (which warms the model up for it and keeps
    // the verdict for the popup). On any other page the background is not even woken: a stopped
    // service worker would be started, and its script (the model with it) loaded, for nothing.
    // The popup asks this script directly, and its fallback answer carries the verdict.
    if (!arabic) return;
    // The annotator is asked for before the report: a background the browser had stopped starts
    // on the first message, and the report's model warm-up would hold the injection back.
    const started = start(false);
    void sendMessage('reportPageCheck', {
      url: location.href.slice(0, 2048),
      title: document.title.slice(0, 500),
      script: gate.script,
      arabicLetters: gate.counts.arabicScript,
      otherLetters: gate.counts.otherLetters,
      handled: true,
      reasons: [],
    });
    await started;
  },
});
