import { LIMITS } from '@/utils/messaging/limits';
import type { PageDetection } from '@/utils/messaging/page-summary';
import type { ScriptVerdict } from '@/utils/nlp/script-language';
import { detectNewsArticle } from '@/utils/page/detect-news';
import { findMainContentSteps } from '@/utils/page/main-content';
import { TextMapBuilder, type TextMap } from '@/utils/page/text-map';

/** Nodes the text map reads per step. */
const NODES_PER_STEP = 2000;
/** The most text analysed on one page (about 250,000 words): what the background accepts. */
const MAX_ANALYSED_CHARS = LIMITS.analysedChars;

/** What reading a page yields: always a verdict; a text map and the text to analyse when it is (made) an article. */
export interface PageReading {
  detection: PageDetection;
  map: TextMap | null;
  /** The map's text, cut at a paragraph or word after MAX_ANALYSED_CHARS: offsets stay those of the map. */
  text: string | null;
  /** True when only the first MAX_ANALYSED_CHARS characters were analysed. */
  truncated: boolean;
  /** performance.now() when detection was done and when the text map was. */
  detectedAt: number;
  textMappedAt: number;
}

/**
 * Reads the page in small steps: main content (measured node by node), text map, detection.
 * A caller runs it with runSliced so that the page keeps responding, and has the text analysed
 * by the background.
 */
export function* readPageSteps(doc: Document, url: string, script: ScriptVerdict, forced: boolean): Generator<unknown, PageReading> {
  const main = yield* findMainContentSteps(doc);
  // Read one character past the limit, so that a longer page is known to be longer.
  const builder = new TextMapBuilder(main, MAX_ANALYSED_CHARS + 1);
  while (!builder.advance(NODES_PER_STEP)) yield;
  const map = builder.result();
  const textMappedAt = performance.now();
  yield;
  const detection = detectNewsArticle(doc, url, main, script, map.text);
  const detectedAt = performance.now();
  if (!detection.news && !forced) return { detection, map: null, text: null, truncated: false, detectedAt, textMappedAt };
  const truncated = map.text.length > MAX_ANALYSED_CHARS;
  // Offsets stay valid: the analysed text is a prefix of the map's text, cut at a paragraph.
  const cut = truncated ? Math.max(map.text.lastIndexOf('\n', MAX_ANALYSED_CHARS), map.text.lastIndexOf(' ', MAX_ANALYSED_CHARS)) : map.text.length;
  return { detection, map, text: map.text.slice(0, cut), truncated, detectedAt, textMappedAt };
}
