/**
 * Reads a bounded sample of a page's visible text, cheaply: the gate runs on every page.
 * Read-only: never changes the DOM.
 */

/** Elements whose text the reader never sees as prose, or that the reader is typing into. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG',
  'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'HAMISH-CARD',
]);

/** True when a node sits in an editable region (contenteditable or a form field). */
export function isEditable(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    const ce = e.getAttribute('contenteditable');
    if (ce !== null && ce !== 'false') return true;
    if (SKIPPED_TAGS.has(e.tagName.toUpperCase())) return true;
  }
  return false;
}

/**
 * Concatenates the title and the first `maxChars` characters of the body's text nodes,
 * skipping scripts, styles, form fields and editable regions.
 */
export function sampleVisibleText(doc: Document, maxChars = 6000): string {
  const parts: string[] = [doc.title];
  let total = doc.title.length;
  const root = doc.body ?? doc.documentElement;
  if (!root) return doc.title;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
        const ce = el.getAttribute('contenteditable');
        if (ce !== null && ce !== 'false') return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n && total < maxChars; n = walker.nextNode()) {
    const t = (n as Text).data;
    if (t.length === 0) continue;
    const piece = t.length + total > maxChars ? t.slice(0, maxChars - total) : t;
    parts.push(piece);
    total += piece.length;
  }
  return parts.join(' ');
}
