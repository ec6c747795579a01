/**
 * Reads bounded samples of a page's visible text, cheaply: the gate runs on every page.
 * Read-only: never changes the DOM.
 */

/** Elements whose text the reader never sees as prose, or that the reader is typing into. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG',
  'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'HAMISH-CARD',
]);

/**
 * SKIPPED_TAGS as a selector, less those that can neither hold a paragraph nor sit in one in a
 * parsed page (template, input, hamish-card), plus any element with a contenteditable attribute
 * (the ones set to "false" are let through by the code). One string, so that the browser parses
 * it once per page.
 */
const SKIPPED_SELECTOR = 'script,style,noscript,textarea,select,option,svg,canvas,iframe,object,code,pre,[contenteditable]';

const editable = (el: Element): boolean => {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
};

/** Appends the text under `root` to `parts`, skipping SKIPPED_TAGS and editable regions, until `total` reaches `maxChars`; returns the new total. */
function appendText(root: Node, parts: string[], total: number, maxChars: number): number {
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
      descend = !SKIPPED_TAGS.has(el.tagName.toUpperCase()) && !editable(el);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return total;
}

/** Whether `el` sits in an element SKIPPED_TAGS names or in an editable region. */
function heldOut(el: Element): boolean {
  for (let holder = el.closest(SKIPPED_SELECTOR); holder; holder = holder.parentElement?.closest(SKIPPED_SELECTOR) ?? null) {
    if (SKIPPED_TAGS.has(holder.tagName.toUpperCase()) || editable(holder)) return true;
  }
  return false;
}

/**
 * Concatenates the title and the first `maxChars` characters of the body's text nodes,
 * skipping scripts, styles, form fields and editable regions. A plain first-child/next-sibling
 * walk: a TreeWalker with a filter calls back into script for every node, which cost the gate
 * several milliseconds per page; this costs a fraction of one. Most of what it reads on a news
 * page is the indentation and the menus before the article (on the fixture articles, 75–90% of
 * the characters are white space).
 */
export function sampleVisibleText(doc: Document, maxChars = 6000): string {
  const parts: string[] = [doc.title];
  const root = doc.body ?? doc.documentElement;
  if (!root) return doc.title;
  appendText(root, parts, doc.title.length, maxChars);
  return parts.join(' ');
}

/**
 * The title and the text of the page's first paragraphs (`<p>`), at most `maxChars` characters
 * with the title: the prose of most pages, read without visiting the nodes of the menus before
 * it. Each paragraph's text comes whole from the browser (`textContent`) unless the paragraph
 * holds something SKIPPED_TAGS keeps out, which is then walked; paragraphs inside such an
 * element or an editable region are left out.
 */
export function sampleParagraphText(doc: Document, maxChars = 3000): string {
  const title = doc.title;
  const root = doc.body ?? doc.documentElement;
  if (!root) return title;
  const parts: string[] = [title];
  let total = title.length;
  const paragraphs = root.getElementsByTagName('p');
  // Item by item, never `length`: the browser counts a collection's length over the whole page.
  for (let i = 0, p = paragraphs[0]; p && total < maxChars; p = paragraphs[++i]) {
    if (heldOut(p)) continue;
    if (p.firstElementChild && p.querySelector(SKIPPED_SELECTOR)) {
      total = appendText(p, parts, total, maxChars);
      continue;
    }
    const t = p.textContent ?? '';
    const piece = t.length + total > maxChars ? t.slice(0, maxChars - total) : t;
    parts.push(piece);
    total += piece.length;
  }
  return parts.join(' ');
}
