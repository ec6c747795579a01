import type { PageContext } from '@/utils/page/script-context';

export interface LivingPageHandlers {
  /** Text was added, removed or changed (debounced). */
  onContentChange(): void;
  /** The URL changed without a page load (single-page-app navigation). */
  onUrlChange(): void;
  /** Our highlights vanished from the registry or our stylesheet was dropped; returns true if it repaired. */
  onHighlightsTampered(): boolean;
}

const DEBOUNCE_MS = 400;
const TAMPER_CHECK_MS = 2000;
/** After this many repairs the page clearly wants no highlights: stay quiet. */
const MAX_REPAIRS = 3;

function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).tagName.toLowerCase().startsWith('hamish-')) return true;
  }
  return false;
}

function touchesText(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (isOurs(r.target)) continue;
    if (r.type === 'characterData') return true;
    for (const list of [r.addedNodes, r.removedNodes]) {
      for (const n of list) {
        if (isOurs(n)) continue;
        if (n.nodeType === 3 ? (n as Text).data.trim() !== '' : n.nodeType === 1 && (n.textContent ?? '').trim() !== '') return true;
      }
    }
  }
  return false;
}

/**
 * Follows a living page: content added later (infinite scroll, live blogs, lazy paragraphs),
 * single-page-app navigation, and a page that clears our highlights. Our own changes never
 * count (they are `hamish-*` elements or no DOM change at all), so there is no loop.
 */
export function watchPage(ctx: PageContext, doc: Document, on: LivingPageHandlers): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let repairs = 0;
  const observer = new MutationObserver((records) => {
    if (!touchesText(records)) return;
    clearTimeout(timer);
    timer = setTimeout(() => on.onContentChange(), DEBOUNCE_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onUrlChange(() => on.onUrlChange());
  const tamper = ctx.setInterval(() => {
    if (repairs >= MAX_REPAIRS) return;
    if (on.onHighlightsTampered()) repairs++;
  }, TAMPER_CHECK_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(tamper);
  };
  ctx.onInvalidated(stop);
  return stop;
}
