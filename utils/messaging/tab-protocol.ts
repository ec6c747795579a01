/**
 * Messages to the content script of one tab (from the popup, the background's commands and
 * context menu). Declared once here; the content script answers them, `sendToTab` sends them.
 */
import { browser } from 'wxt/browser';
import type { PageDetection, PageEntity, PageQuote } from './page-summary';

/** Which highlight types are painted. */
export interface HighlightTypes {
  person: boolean;
  country: boolean;
  demonym: boolean;
  quote: boolean;
}

/** What the content script knows of its page right now. */
export interface PageAnnotations {
  url: string;
  title: string;
  detection: PageDetection;
  /** True once the page has been annotated (detected, or on the reader's request). */
  annotated: boolean;
  entities: PageEntity[];
  /** Quotations in page order; `index` identifies one for `revealMention`. */
  quotes: Array<PageQuote & { index: number }>;
  highlight: HighlightTypes;
  /** Milliseconds of the last annotation, from the content script's start (for benchmarks). */
  timings?: AnnotationTimings;
  /** Set when annotating this page failed (the page itself is left as it was). */
  error?: string;
  /** True when the page's text was too long and only its beginning was annotated. */
  truncated?: boolean;
}

/** Where the time of one annotation went (performance.now() differences, in ms). */
export interface AnnotationTimings {
  /** From the content script's start to the end of the script gate (part of `load`). */
  gate: number;
  /** From the content script's start to the annotator chunk being loaded: the gate, then the chunk's import. */
  load: number;
  detect: number;
  textMap: number;
  analyse: number;
  paint: number;
  /** From the content script's start to the highlights being painted. */
  total: number;
  /** Characters of text analysed. */
  chars: number;
  /** The longest stretch Hamish kept the main thread without yielding (excluding loading its chunk). */
  longestSlice: number;
  /** Steps that reading and painting were cut into (between two of them Hamish may yield). */
  steps: number;
}

/** Request and reply of every tab message. */
export interface TabProtocol {
  getPageAnnotations: { data: Record<string, never>; reply: PageAnnotations | null };
  setHighlightTypes: { data: Partial<HighlightTypes>; reply: HighlightTypes };
  /** Scrolls to the first mention of an entity (or to a quotation) and opens its card. */
  revealMention: { data: { entity: string } | { quoteIndex: number }; reply: boolean };
  /** Annotates a page that was not detected, at the reader's request. */
  annotateNow: { data: Record<string, never>; reply: PageAnnotations | null };
}

export type TabMessageName = keyof TabProtocol;

/** Sends one message to the top frame of a tab; null when no content script answers. */
export async function sendToTab<K extends TabMessageName>(
  tabId: number,
  type: K,
  data: TabProtocol[K]['data'],
): Promise<TabProtocol[K]['reply'] | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { hamishTab: 1, type, data }, { frameId: 0 })) ?? null) as TabProtocol[K]['reply'] | null;
  } catch {
    return null;
  }
}
