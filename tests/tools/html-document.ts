/**
 * Turns a saved page into a DOM Document with happy-dom, as the command line, the evaluations
 * and the DOM tests need it.
 */
import { Window } from 'happy-dom';
import { decodePage, readPageBytes } from './read-page';

/**
 * Parses HTML with happy-dom into a window's own document (DOM Ranges in happy-dom only work
 * there, not in a DOMParser document), without running scripts or loading anything. `url`
 * becomes the document's address.
 */
export function parseHtml(html: string, url = 'http://localhost/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  // Page code that runs in a browser may use the NodeFilter constants as a global (the gate does);
  // Node has none, so lend happy-dom's.
  const g = globalThis as { NodeFilter?: unknown };
  g.NodeFilter ??= window.NodeFilter;
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}

/** Reads, decodes and parses a saved HTML page. */
export function loadHtmlFile(path: string, url?: string): { doc: Document; encoding: string } {
  const decoded = decodePage(readPageBytes(path), { html: true });
  return { doc: parseHtml(decoded.text, url), encoding: decoded.encoding };
}
