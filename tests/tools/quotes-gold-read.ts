/**
 * Reads the quotation gold (tests/gold/quotes/gold.jsonl, format in its README.md): one JSON
 * object per document, every pair of quotation marks in it annotated by hand.
 *
 *   const gold = readQuoteGold();
 *   const texts = quoteGoldTexts(gold);           // doc id → the exact text that was annotated
 *   const span = locateQuoteItem(texts.get(doc.doc)!, item); // offsets of the quoted words
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dumpParagraphs } from './dump-paragraphs';
import { loadSaudiNewsNet, type NewsArticle } from './saudinewsnet';

export const QUOTE_GOLD = resolve(import.meta.dirname, '../gold/quotes/gold.jsonl');
export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/pages/ar_news');

/** The quotation-mark characters the gold knows; any of them may open or close. */
export const GOLD_MARKS = ['"', '«', '»', '“', '”'] as const;
export const SPEAKER_KINDS = ['person', 'organization', 'group', 'document', 'unknown'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export interface QuoteGoldItem {
  /**
   * The text between the marks, copied exactly; for `close: null`, up to the paragraph's end, or
   * up to the quoted words' last character when `endsInParagraph` is set.
   */
  quote: string;
  /** 1 for the first time `open + quote + close` appears in the document, 2 for the second … */
  occurrence: number;
  open: string;
  /** null when the source never closes the quotation. */
  close: string | null;
  /**
   * With `close: null` only: the unclosed quotation's words end inside their paragraph, where the
   * writer goes on in their own words (`quote` stops there), not at the paragraph's end.
   */
  endsInParagraph?: boolean;
  isQuotation: boolean;
  /** The speaker in the article's fullest form; null for non-quotations and unattributed ones. */
  speaker: string | null;
  /** null for non-quotations; 'unknown' exactly when a quotation has no speaker. */
  speakerKind: SpeakerKind | null;
  note?: string;
}

export interface QuoteGoldDoc {
  doc: string;
  split: 'dev' | 'test';
  /** Fixture documents only: the dump-paragraphs indices of the article's own text. */
  paragraphs?: number[];
  items: QuoteGoldItem[];
  /** Marks that pair with nothing (broken marks in the source), by offset in the text. */
  unpaired?: { at: number; mark: string; note?: string }[];
}

/** Parses the gold file, one document per line. */
export function readQuoteGold(path = QUOTE_GOLD): QuoteGoldDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, n) => {
      try {
        return JSON.parse(line) as QuoteGoldDoc;
      } catch (error) {
        throw new Error(`${path}:${n + 1}: ${(error as Error).message}`);
      }
    });
}

/** The text of a fixture document: its chosen paragraphs' dumped texts joined by "\n". */
export function fixtureText(name: string, paragraphs: number[], dir = FIXTURE_DIR): string {
  const dumped = dumpParagraphs(readFileSync(resolve(dir, `${name}.html`), 'utf8'));
  return paragraphs
    .map((i) => {
      const p = dumped[i];
      if (!p) throw new Error(`fixture:${name}: no paragraph ${i}`);
      return p.text;
    })
    .join('\n');
}

/** The annotated text of every gold document (SaudiNewsNet `content`, or the fixture paragraphs). */
export function quoteGoldTexts(gold: QuoteGoldDoc[], articles?: NewsArticle[]): Map<string, string> {
  const out = new Map<string, string>();
  let snn = articles;
  for (const d of gold) {
    if (d.doc.startsWith('snn:')) {
      snn ??= loadSaudiNewsNet();
      const article = snn[Number(d.doc.slice(4))];
      if (!article) throw new Error(`${d.doc}: no such SaudiNewsNet article`);
      out.set(d.doc, article.content);
    } else if (d.doc.startsWith('fixture:')) {
      out.set(d.doc, fixtureText(d.doc.slice('fixture:'.length), d.paragraphs ?? []));
    } else throw new Error(`${d.doc}: unknown document kind`);
  }
  return out;
}

/** Start of the n-th (1-based) match of `needle` in `text`, or -1; overlapping matches count. */
function nthIndex(text: string, needle: string, n: number, accept: (at: number) => boolean): number {
  let seen = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (accept(at) && ++seen === n) return at;
  }
  return -1;
}

/** Offsets of an item's quoted words in the document text (marks excluded), or null if absent. */
export function locateQuoteItem(text: string, item: QuoteGoldItem): { start: number; end: number } | null {
  const needle = item.open + item.quote + (item.close ?? '');
  // An unclosed quotation ends where its paragraph ends (trailing spaces aside), or, marked
  // endsInParagraph, before it.
  const endsParagraph = (at: number) => {
    const rest = text.slice(at + needle.length);
    const nl = rest.indexOf('\n');
    return /^\s*$/.test(nl === -1 ? rest : rest.slice(0, nl));
  };
  const accept = item.close !== null ? () => true : item.endsInParagraph ? (at: number) => !endsParagraph(at) : endsParagraph;
  const at = nthIndex(text, needle, item.occurrence, accept);
  if (at === -1) return null;
  const start = at + item.open.length;
  return { start, end: start + item.quote.length };
}
