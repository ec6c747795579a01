/**
 * The only code that paints: ranges per type registered in `CSS.highlights` as `hamish-<type>`,
 * styled by `::highlight()` rules. In the extension the light palette's rules come with the
 * content script's own stylesheet (entrypoints/content/highlights.css), which the browser
 * injects before the page is first styled: adopting a stylesheet later makes the browser
 * restyle the whole page, a task that held the painting of a fresh page back by several
 * milliseconds here. A dark page gets the dark palette as an adopted stylesheet
 * (adoptedStyleSheets: no node is added, and it still applies on pages whose CSP forbids inline
 * styles), as does any document without the content script's stylesheet. The page's DOM is
 * never rewritten; `clearAll()` + `uninstall()` leave no trace.
 *
 * Firefox trap (../shared/FIREFOX.md): a content script there cannot iterate a Highlight or the
 * registry, so the painter keeps its own list of ranges and never reads them back.
 *
 * A very long page (a live blog, a 100,000-word report) has tens of thousands of ranges, and the
 * browser lays out every registered range in the frame that follows a change: 15,000 ranges
 * cost a 200 ms frame here. Above WINDOW_MIN_RANGES the painter registers only the ranges whose
 * element is near the viewport (an IntersectionObserver, a viewport and a half either side) and
 * follows the reader's scrolling; the other ranges are kept, and painted when they come near.
 */
import { DARK, HIGHLIGHT_TYPES, LIGHT, PRIORITY, highlightCss, type HighlightType } from './palette';
import { isDarkPage } from './dark-page';
import { createViewportWindow } from './viewport-window';

/** A painted range and the index of the item (mention or quotation) it belongs to. */
export interface PaintedRange {
  range: Range;
  /** Index into the caller's list of mentions/quotations. */
  item: number;
}

/** Above this many ranges (all types), only those near the viewport are registered. */
export const WINDOW_MIN_RANGES = 600;

/** The painter of one document. */
export interface Painter {
  /** Replaces the ranges of the types in `lists` (each in document order), deciding on windowing for all types at once. */
  paintAll(lists: ReadonlyMap<HighlightType, PaintedRange[]>): void;
  /** Shows or hides a type without forgetting its ranges. */
  setVisible(type: HighlightType, visible: boolean): void;
  isVisible(type: HighlightType): boolean;
  /** The painted ranges of a type, as the painter keeps them. */
  rangesOf(type: HighlightType): readonly PaintedRange[];
  /** Briefly marks one range (after scrolling to it). */
  flash(range: Range, ms?: number): void;
  /** Shows the pointer cursor over highlights (true) or the page's own cursor (false). */
  setPointer(on: boolean): void;
  /** Re-registers our highlights if the page removed them from the registry; true if it had to. */
  repair(): boolean;
  /** Forgets every painted range (the stylesheet stays for the next paint). */
  clearAll(): void;
  /** Removes every highlight, the flash and the stylesheet. */
  uninstall(): void;
}

type Win = Window & typeof globalThis;

/** What the painter may count on. */
export interface PainterOptions {
  /** The light palette's rules are already in the document (the content script's stylesheet). */
  lightRulesInstalled?: boolean;
}

/**
 * Creates the painter for `doc`: adopts a stylesheet only where the page needs rules it lacks
 * (a dark page, or a document without the light rules), and registers no highlight yet.
 */
export function createPainter(doc: Document, { lightRulesInstalled = false }: PainterOptions = {}): Painter {
  const win = doc.defaultView as Win;
  const dark = isDarkPage(doc);
  const sheet = dark || !lightRulesInstalled ? new win.CSSStyleSheet() : null;
  sheet?.replaceSync(dark ? highlightCss(DARK, lightRulesInstalled) : highlightCss(LIGHT));
  // The pointer cursor's sheet is adopted the first time the pointer is over a highlight.
  let cursorSheet: CSSStyleSheet | null = null;
  const ours = (s: CSSStyleSheet) => s === sheet || s === cursorSheet;
  const adopt = (...sheets: Array<CSSStyleSheet | null>) => {
    const add = sheets.filter((s): s is CSSStyleSheet => s !== null && !doc.adoptedStyleSheets.includes(s));
    if (add.length) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, ...add];
  };
  adopt(sheet);

  const ranges = new Map<HighlightType, PaintedRange[]>(HIGHLIGHT_TYPES.map((t) => [t, []]));
  const visible = new Map<HighlightType, boolean>(HIGHLIGHT_TYPES.map((t) => [t, true]));
  const registered = new Map<string, Highlight>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const viewport = createViewportWindow(win, () => {
    for (const type of HIGHLIGHT_TYPES) register(type);
  });

  const register = (type: HighlightType) => {
    const name = `hamish-${type}`;
    const list = viewport.nearOnly(type, ranges.get(type) ?? []);
    if (!visible.get(type) || list.length === 0) {
      CSS.highlights.delete(name);
      registered.delete(name);
      return;
    }
    const h = new win.Highlight(...list.map((r) => r.range));
    h.priority = PRIORITY[type];
    CSS.highlights.set(name, h);
    registered.set(name, h);
  };

  const paintAll = (lists: ReadonlyMap<HighlightType, PaintedRange[]>) => {
    for (const [type, list] of lists) ranges.set(type, list);
    let total = 0;
    for (const list of ranges.values()) total += list.length;
    if (total <= WINDOW_MIN_RANGES || !viewport.follow(ranges)) viewport.stop();
    for (const type of HIGHLIGHT_TYPES) register(type);
  };

  return {
    paintAll,
    setVisible(type, on) {
      visible.set(type, on);
      register(type);
    },
    isVisible: (type) => visible.get(type) ?? false,
    rangesOf: (type) => ranges.get(type) ?? [],
    flash(range, ms = 1400) {
      clearTimeout(flashTimer);
      const h = new win.Highlight(range);
      h.priority = 10;
      CSS.highlights.set('hamish-flash', h);
      flashTimer = setTimeout(() => CSS.highlights.delete('hamish-flash'), ms);
    },
    setPointer(on) {
      if (!cursorSheet && !on) return;
      cursorSheet ??= new win.CSSStyleSheet();
      cursorSheet.replaceSync(on ? ':root, :root * { cursor: pointer !important; }' : '');
      adopt(cursorSheet);
    },
    repair() {
      let repaired = false;
      for (const [name, h] of registered) {
        if (CSS.highlights.get(name) !== h) {
          CSS.highlights.set(name, h);
          repaired = true;
        }
      }
      if (sheet && !doc.adoptedStyleSheets.includes(sheet)) {
        adopt(sheet, cursorSheet);
        repaired = true;
      }
      return repaired;
    },
    clearAll() {
      viewport.stop();
      for (const type of HIGHLIGHT_TYPES) {
        ranges.set(type, []);
        register(type);
      }
    },
    uninstall() {
      viewport.stop();
      clearTimeout(flashTimer);
      for (const type of HIGHLIGHT_TYPES) CSS.highlights.delete(`hamish-${type}`);
      CSS.highlights.delete('hamish-flash');
      registered.clear();
      if (doc.adoptedStyleSheets.some(ours)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => !ours(s));
    },
  };
}
