import type { PageDetection } from '@/utils/messaging/page-summary';
import { analyseSteps } from '@/utils/nlp/pipeline';
import type { Analysis } from '@/utils/nlp/types';
import type { ScriptVerdict } from '@/utils/nlp/script-language';
import { detectNewsArticle } from '@/utils/page/detect-news';
import { findMainContentSteps } from '@/utils/page/main-content';
import { TextMapBuilder, type TextMap } from '@/utils/page/text-map';

/** Nodes the text map reads per step. */
const NODES_PER_STEP = 2000;
/**
 * The most text analysed on one page (about 250,000 words, well over any article): a page with
 * more (a 5 MB text dump) gets its beginning annotated rather than minutes of work.
 */
export const MAX_ANALYSED_CHARS = 1_500_000;

/** What reading a page yields: always a verdict; a text map and an analysis when it is (made) an article. */
export interface PageReading {
  detection: PageDetection;
  map: TextMap | null;
  analysis: Analysis | null;
  /** True when only the first MAX_ANALYSED_CHARS characters were analysed. */
  truncated: boolean;
  /** performance.now() when detection was done and when the analysis was. */
  detectedAt: number;
  textMappedAt: number;
}

/**
 * Reads the page in small steps: main content (measured node by node), text map, detection,
 * then the analysis paragraph by paragraph. A caller runs it with runSliced so that the page
 * keeps responding.
 */
export function* readPageSteps(doc: Document, url: string, script: ScriptVerdict, forced: boolean): Generator<unknown, PageReading> {
  const main = yield* findMainContentSteps(doc);
  // Read one character past the limit, so that a longer page is known to be longer.
  const builder = new TextMapBuilder(main, MAX_ANALYSED_CHARS + 1);
  while (!builder.advance(NODES_PER_STEP)) yield;
  const map = builder.result();
  const textMappedAt = performance.now();
  const detection = detectNewsArticle(doc, url, main, script, map.text);
  const detectedAt = performance.now();
  if (!detection.news && !forced) return { detection, map: null, analysis: null, truncated: false, detectedAt, textMappedAt };
  yield;
  const truncated = map.text.length > MAX_ANALYSED_CHARS;
  // Offsets stay valid: the analysed text is a prefix of the map's text, cut at a paragraph.
  const cut = truncated ? Math.max(map.text.lastIndexOf('\n', MAX_ANALYSED_CHARS), map.text.lastIndexOf(' ', MAX_ANALYSED_CHARS)) : map.text.length;
  const analysis = yield* analyseSteps(map.text.slice(0, cut));
  return { detection, map, analysis, truncated, detectedAt, textMappedAt };
}
