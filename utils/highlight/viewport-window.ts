/**
 * Windowing for very long pages (see painter.ts): which painted ranges lie near the viewport.
 * Each range's element is observed with an IntersectionObserver reaching a viewport and a half
 * either side; when elements come near or go away, `onChange` asks the painter to re-register.
 */
import type { HighlightType } from './palette';
import type { PaintedRange } from './painter';

/** How far beyond the viewport the registered window reaches (IntersectionObserver rootMargin). */
const WINDOW_MARGIN = '150% 0px 150% 0px';

export interface ViewportWindow {
  /** Starts (or restarts, after a repaint) following these ranges' elements; false where it cannot. */
  follow(ranges: ReadonlyMap<HighlightType, readonly PaintedRange[]>): boolean;
  /** Stops following: every range counts as near again. */
  stop(): void;
  /** The ranges of `type` to register: those near the viewport, or all of them when not following. */
  nearOnly(type: HighlightType, all: readonly PaintedRange[]): readonly PaintedRange[];
}

export function createViewportWindow(win: Window & typeof globalThis, onChange: () => void): ViewportWindow {
  // The element of each range, per type, and the elements near the viewport.
  const owners = new Map<HighlightType, Array<Element | null>>();
  const near = new Set<Element>();
  let observer: IntersectionObserver | null = null;

  return {
    follow(ranges) {
      const IO = (win as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
      if (!IO) return false;
      observer?.disconnect();
      owners.clear();
      const targets = new Set<Element>();
      for (const [type, list] of ranges) {
        const own = list.map(({ range }) => {
          const node = range.startContainer;
          return node.nodeType === 1 ? (node as Element) : node.parentElement;
        });
        owners.set(type, own);
        for (const el of own) if (el) targets.add(el);
      }
      // Elements gone from the page no longer count; the observer reports the others at once.
      for (const el of near) if (!targets.has(el)) near.delete(el);
      observer = new IO(
        (entries) => {
          for (const e of entries) {
            if (e.isIntersecting) near.add(e.target);
            else near.delete(e.target);
          }
          onChange();
        },
        { rootMargin: WINDOW_MARGIN },
      );
      for (const el of targets) observer.observe(el);
      return true;
    },
    stop() {
      observer?.disconnect();
      observer = null;
      owners.clear();
      near.clear();
    },
    nearOnly(type, all) {
      const own = owners.get(type);
      if (!observer || !own) return all;
      return all.filter((_, i) => {
        const el = own[i];
        return el !== null && el !== undefined && near.has(el);
      });
    },
  };
}
