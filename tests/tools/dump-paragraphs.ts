/**
 * Prints the paragraphs of a saved page, numbered, as annotators see them: the text of each
 * block element (p, div, li, h1…, td …, split at <br>), whitespace collapsed. Gold files in
 * tests/gold/ quote paragraphs by this text, so they do not depend on Hamish's own extraction.
 *
 *   npx tsx tests/tools/dump-paragraphs.ts FILE.html [--json]
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'BLOCKQUOTE', 'ARTICLE', 'SECTION',
  'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'FIGCAPTION', 'FIGURE', 'DT', 'DD', 'TR', 'TABLE', 'UL', 'OL',
  'FORM', 'BODY', 'PRE', 'ADDRESS', 'CAPTION', 'CENTER', 'DL', 'HTML',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'IFRAME', 'HEAD', 'TITLE']);

export interface DumpedParagraph { i: number; tag: string; text: string }

/** Collapses runs of white space (including NBSP) to one space and trims. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The paragraphs of an HTML document, in reading order. */
export function dumpParagraphs(html: string): DumpedParagraph[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const out: DumpedParagraph[] = [];
  let current: { block: Element | null; parts: string[] } = { block: null, parts: [] };
  const flush = () => {
    const text = collapseSpace(current.parts.join(''));
    if (text.length > 1) out.push({ i: out.length, tag: current.block?.tagName.toLowerCase() ?? '?', text });
    current = { block: null, parts: [] };
  };
  const visit = (node: Node, block: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (current.block !== block) flush();
        current.block = block;
        current.parts.push((child as Text).data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { flush(); continue; }
        if (BLOCKS.has(tag)) { flush(); visit(el, el); flush(); } else visit(el, block);
      }
    }
  };
  const root = document.body ?? document.documentElement;
  visit(root, root);
  flush();
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) { process.stderr.write('usage: dump-paragraphs FILE.html [--json]\n'); process.exit(2); }
  const paragraphs = dumpParagraphs(readFileSync(file, 'utf8'));
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(paragraphs, null, 1)}\n`);
  else for (const p of paragraphs) process.stdout.write(`[${p.i}] <${p.tag}> ${p.text}\n`);
}
