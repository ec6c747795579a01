/**
 * Reads a bounded sample of a page's visible text, cheaply: the gate runs on every page.
 * Read-only: never changes the DOM.
 */

/** Elements whose text the reader never sees as prose, or that the reader is typing into. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG',
  'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'HAMISH-CARD',
]);

/**
 * Concatenates the title and the first `maxChars` characters of the body's text nodes,
 * skipping scripts, styles, form fields and editable regions. A plain first-child/next-sibling
 * walk: a TreeWalker with a filter calls back into script for every node, which cost the gate
 * several milliseconds per page; this costs a fraction of one.
 */
export function sampleVisibleText(doc: Document, maxChars = 6000): string {
  const parts: string[] = [doc.title];
  let total = doc.title.length;
  const root = doc.body ?? doc.documentElement;
  if (!root) return doc.title;
  let node: Node | null = root.firstChild;
  while (node && total < maxChars) {
    let descend = false;
    if (node.nodeType === 3) {
      const t = (node as Text).data;
      if (t.length > 0) {
        const piece = t.length + total > maxChars ? t.slice(0, maxChars - total) : t;
        parts.push(piece);
        total += piece.length;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const ce = el.getAttribute('contenteditable');
      descend = !SKIPPED_TAGS.has(el.tagName.toUpperCase()) && (ce === null || ce === 'false');
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return parts.join(' ');
}
