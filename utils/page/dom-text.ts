/**
 * What counts as readable text on a page, shared by the main-content finder and the text map so
 * that both see the same words. Decided from tag names and attributes only (no computed style):
 * the answer is the same in a browser and in happy-dom, and it costs nothing per element.
 */

/** Elements whose text the reader never reads as prose, or is typing into. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'BUTTON', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META',
  'LINK', 'AUDIO', 'VIDEO', 'PICTURE', 'MAP', 'DATALIST',
]);

/** Elements that start a new line of text (their text never runs into their neighbours'). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Upper-case tag name (happy-dom and SVG may report lower case). */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/**
 * True when nothing under `el` is readable text for us: scripts, form fields, editable regions,
 * hidden elements (`hidden`, aria-hidden, inline display:none) and Hamish's own `hamish-*` nodes.
 */
export function isSkippedElement(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIPPED.has(tag) || tag.startsWith('HAMISH-')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** True when `el` breaks the line (block-level by its tag). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** White space and the invisible marks that take no room: control characters, NBSP, ZWSP, ZWNJ, LRM, RLM. */
const INVISIBLE = /[\0-\x20\xa0\u200b\u200c\u200e\u200f]/g;

/** Counts the characters of `s` that are not white space (a length that ignores markup layout). */
export function visibleLength(s: string): number {
  return s.replace(INVISIBLE, '').length;
}
