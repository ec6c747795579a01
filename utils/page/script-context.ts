/**
 * The content script's context: WXT builds the content script around `new ContentScriptContext(name,
 * options)`, and wxt.config.ts points WXT's module at this one instead.
 *
 * WXT's context announces itself to the page. At every start it dispatches an event on `document`,
 * and at every URL change one on `window`, each named after the extension's id. The id of a store
 * extension is public, so any page could listen for those names and learn that the reader runs
 * Hamish (on every page, not only Arabic ones), and could dispatch the start event itself to stop
 * the script. This context dispatches nothing on the page. An older copy of the script (left behind
 * by an extension reload) is stopped through a global of the extension's isolated world, which
 * pages cannot reach, and URL changes are handed straight to the listeners.
 */
import { browser } from 'wxt/browser';

/** The isolated-world global under which a running copy of a content script leaves its stop function. */
const STOP_KEY = '__hamishStopContentScript';

/** How often the URL is compared where the Navigation API is missing. */
const URL_POLL_MS = 1000;

/**
 * A content script's lifetime: listeners, timers and watchers end when it is invalidated (the
 * extension reloaded or removed, or a newer copy of the script started).
 * @example const ctx = new PageContext('content'); ctx.onInvalidated(() => observer.disconnect());
 */
export class PageContext {
  private readonly controller = new AbortController();
  private urlListeners: Array<() => void> | null = null;

  constructor(readonly contentScriptName: string, readonly options?: unknown) {
    const world = globalThis as { [STOP_KEY]?: Record<string, () => void> };
    const running = (world[STOP_KEY] ??= {});
    running[contentScriptName]?.();
    running[contentScriptName] = () => this.invalidate();
    this.onInvalidated(() => {
      if (running[contentScriptName]) delete running[contentScriptName];
    });
  }

  /** Aborted once the context is invalidated. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once invalidated; the extension being gone (no runtime id) invalidates it. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.invalidate();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` when the context is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** Ends the context: every listener and timer registered through it stops. */
  invalidate(): void {
    if (!this.signal.aborted) this.controller.abort('content script context invalidated');
  }

  /** `target.addEventListener`, removed when the context ends. */
  addEventListener<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler as (event: Event) => void, { ...options, signal: this.signal });
  }

  /** `setInterval` whose handler runs only while the context is valid, cleared when it ends. */
  setInterval(handler: () => void, ms: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /**
   * Calls `cb` after each change of the page's URL without a page load (single-page apps): the
   * Navigation API's navigate event where there is one, else a comparison every second.
   */
  onUrlChange(cb: () => void): void {
    if (this.urlListeners) {
      this.urlListeners.push(cb);
      return;
    }
    const listeners = (this.urlListeners = [cb]);
    let last = location.href;
    const check = (next: string) => {
      if (next === last) return;
      last = next;
      for (const l of listeners) l();
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      // The event comes before the URL changes: compare its destination.
      this.addEventListener<Event & { destination: { url: string } }>(navigation, 'navigate', (e) => check(e.destination.url));
    } else {
      this.setInterval(() => check(location.href), URL_POLL_MS);
    }
  }
}

export { PageContext as ContentScriptContext };

/**
 * The context WXT hands the content script's `main`: a PageContext, through the alias in
 * wxt.config.ts (a build without it would announce Hamish to every page: it fails instead).
 * @example const ctx = asPageContext(wxtContext);
 */
export function asPageContext(ctx: unknown): PageContext {
  if (ctx instanceof PageContext) return ctx;
  throw new Error('Hamish: the content script was built with WXT\'s own context, which announces it to the page (see wxt.config.ts)');
}
