/**
 * One page's annotation, inside the annotator chunk: detect → main content → text map →
 * analyse (in the background) → paint → card on click → record the visit → follow the living page.
 */
import type { PageDetection } from '@/utils/messaging/page-summary';
import type { AnnotationTimings, HighlightTypes, PageAnnotations } from '@/utils/messaging/tab-protocol';
import { createSender } from '@/utils/messaging/protocol';
import type { PageAnalysis } from '@/utils/messaging/schemas';
import { summarizeEntities } from '@/utils/nlp/summary';
import type { Analysis } from '@/utils/nlp/types';
import { extractPublishedAt } from '@/utils/page/detect-news';
import { readPageSteps } from './annotation-steps';
import { pageSummaryOf } from './page-summary';
import { createPainter } from '@/utils/highlight/painter';
import { ALL_TYPES_ON, HIGHLIGHT_DEFAULTS_KEY, parseHighlightDefaults, readHighlightDefaults } from '@/utils/highlight/defaults';
import { paintAnalysis, type PaintedItems } from './paint';
import { createClickHandler, type Hit } from './interaction';
import type { CardController } from './card';
import { watchPage } from './living-page';
import { runSliced, yieldToMain, type SliceStats } from '@/utils/schedule';
import { importChunk } from './chunks';
import { analyseInBackground, idle } from './background-analysis';
import type { AnnotatorApi, AnnotationSession, CardApi } from './session-types';

export const startSession: AnnotatorApi['startSession'] = async ({ ctx, browser, force, gate, startedAt, gatedAt }) => {
  const loadedAt = performance.now();
  const sendMessage = createSender(browser.runtime);
  let timings: AnnotationTimings | undefined;
  // The content script's stylesheet (content/highlights.css) carries the light palette's rules.
  const painter = createPainter(document, { lightRulesInstalled: true });
  let types: HighlightTypes = { ...ALL_TYPES_ON };
  /** Switches the reader turned on this page, which win over the saved defaults. */
  let chosen: Partial<HighlightTypes> = {};
  const applyTypes = (next: HighlightTypes) => {
    types = next;
    for (const [type, on] of Object.entries(types)) painter.setVisible(type as keyof HighlightTypes, on);
    if (!Object.values(types).some(Boolean)) card?.close();
  };
  // The saved defaults are read while the page is read and analysed, not before; a change to
  // them (in the history's settings) reaches the page at once.
  const fromSaved = (saved: Partial<HighlightTypes>): HighlightTypes => ({ ...ALL_TYPES_ON, ...saved, ...chosen });
  const typesRead = readHighlightDefaults(browser.storage.local).then((saved) => {
    types = fromSaved(saved);
  });
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[HIGHLIGHT_DEFAULTS_KEY];
    if (area !== 'local' || !change) return;
    void typesRead.then(() => applyTypes(fromSaved(parseHighlightDefaults(change.newValue))));
  };
  browser.storage.onChanged.addListener(onStorage);
  let detection: PageDetection = { arabic: true, news: false, confidence: 0, reasons: ['arabic-text'] };
  let annotated = false;
  let analysis: Analysis = { entities: [], quotes: [] };
  let countries: PageAnalysis['countries'] = {};
  let items: PaintedItems = { mentions: [], quotes: [] };
  let generation = 0;
  let forced = force;
  let lastRecordedUrl = '';
  let card: CardController | null = null;
  let failure: string | undefined;
  let truncated = false;

  const snapshot = (): PageAnnotations => ({
    url: location.href,
    title: document.title,
    detection,
    annotated,
    entities: summarizeEntities(analysis.entities),
    quotes: analysis.quotes.map((q, index) => ({ index, text: q.text, speaker: q.speaker, speakerEntity: q.speakerEntity, confidence: q.confidence })),
    highlight: { ...types },
    ...(timings ? { timings } : {}),
    ...(failure ? { error: failure } : {}),
    ...(truncated ? { truncated } : {}),
  });

  // The card chunk is loaded once the highlights are painted (or on the first click before that).
  let cardLoading: Promise<CardController> | null = null;
  const getCard = (): Promise<CardController> => {
    cardLoading ??= importChunk<CardApi>(browser, '/card.js')
      .then(({ createCardController }) => {
        card = createCardController({ ctx, browser, painter, getState: () => ({ analysis, countries, items, snapshot: snapshot() }) });
        return card;
      })
      .catch((err: unknown) => {
        cardLoading = null;
        throw err;
      });
    return cardLoading;
  };
  const openCard = (hit: Hit) => {
    getCard().then((c) => ctx.isInvalid || c.open(hit), (err: unknown) => {
      failure = `the card could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
    });
  };

  // A page that breaks one step (a DOM too odd, a text too strange) keeps its last good
  // annotation and says so in the snapshot; nothing is thrown at the page.
  const annotate = async (opts: { force?: boolean } = {}) => {
    try {
      failure = undefined;
      await annotateOnce(opts);
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
  };

  const annotateOnce = async (opts: { force?: boolean }) => {
    if (opts.force) forced = true;
    const mine = ++generation;
    const t0 = performance.now();
    const cancelled = () => mine !== generation || ctx.isInvalid;
    const slices: SliceStats = { longestSlice: 0, steps: 0 };
    const reading = await runSliced(readPageSteps(document, location.href, gate.script, forced), slices, 8, cancelled);
    if (!reading) return;
    detection = reading.detection;
    if (!reading.map || reading.text === null) {
      painter.clearAll();
      analysis = { entities: [], quotes: [] };
      annotated = false;
      return;
    }
    const { analysis: result, countries: facts } = await analyseInBackground(sendMessage, reading.text);
    if (cancelled()) return;
    await typesRead;
    if (cancelled()) return;
    const t3 = performance.now();
    const painted = await runSliced(paintAnalysis(painter, reading.map, result, types), slices, 8, cancelled);
    if (!painted) return;
    analysis = result;
    countries = facts;
    truncated = reading.truncated;
    items = painted;
    annotated = true;
    // The reader may click next: fetch the card's code while the page is idle.
    if (!cardLoading) idle(() => void getCard().catch(() => {}));
    const t4 = performance.now();
    const first = !timings;
    timings = {
      gate: gatedAt - startedAt,
      load: loadedAt - startedAt,
      textMap: reading.textMappedAt - t0,
      detect: reading.detectedAt - reading.textMappedAt,
      analyse: t3 - reading.detectedAt,
      paint: t4 - t3,
      total: t4 - (first ? startedAt : t0),
      chars: reading.map.text.length,
      longestSlice: slices.longestSlice,
      steps: slices.steps,
    };
    if (lastRecordedUrl !== location.href) {
      lastRecordedUrl = location.href;
      // The summary goes over every mention: after the paint, in a task of its own.
      await yieldToMain();
      void sendMessage('recordPageVisit', pageSummaryOf(snapshot(), detection, extractPublishedAt(document)));
    }
  };

  const clicks = createClickHandler(document, painter, openCard);
  ctx.addEventListener(document, 'click', clicks.onClick, { capture: true });
  ctx.addEventListener(document, 'mousemove', clicks.onMove, { passive: true });
  const stopWatching = watchPage(ctx, document, {
    onContentChange: () => void annotate(),
    onUrlChange: () => {
      forced = false;
      lastRecordedUrl = '';
      void annotate();
    },
    onHighlightsTampered: () => painter.repair(),
  });

  const session: AnnotationSession = {
    annotate,
    snapshot,
    setTypes(next) {
      chosen = { ...chosen, ...next };
      applyTypes({ ...types, ...next });
      return { ...types };
    },
    reveal(target) {
      return getCard().then((c) => c.reveal(target));
    },
    destroy() {
      generation++;
      browser.storage.onChanged.removeListener(onStorage);
      stopWatching();
      card?.close();
      painter.uninstall();
    },
  };
  await annotate();
  return session;
};
