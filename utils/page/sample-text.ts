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
 * The elements of SKIPPED_TAGS that can hold a paragraph in a parsed page (the others hold raw
 * text or nothing), and any element with a contenteditable attribute (the ones set to "false"
 * are let through by the code), as a selector.
 */
const PARAGRAPH_HOLDERS = 'noscript,select,option,svg,canvas,object,code,pre,[contenteditable]';

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
  for (let holder = el.closest(PARAGRAPH_HOLDERS); holder; holder = holder.parentElement?.closest(PARAGRAPH_HOLDERS) ?? null) {
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
 * it. Each paragraph is walked as the page is (appendText, skipping what SKIPPED_TAGS names);
 * paragraphs inside such an element or an editable region are left out.
 */
export function sampleParagraphText(doc: Document, maxChars = 1500): string {
  const title = doc.title;
  const root = doc.body ?? doc.documentElement;
  if (!root) return title;
  const parts: string[] = [title];
  let total = title.length;
  const paragraphs = root.getElementsByTagName('p');
  // Item by item, never `length`: the browser counts a collection's length over the whole page.
  for (let i = 0, p = paragraphs[0]; p && total < maxChars; p = paragraphs[++i]) {
    // (walked as the page is, within the budget: never textContent, which copies a paragraph
    // whole, megabytes on a hostile page)
    if (p.firstChild && !heldOut(p)) total = appendText(p, parts, total, maxChars);
  }
  return parts.join(' ');
}
