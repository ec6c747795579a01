/**
 * The one analysis every caller uses (content script, command line, evaluations, benchmarks):
 * text in → entities and quotations out, offsets in the original text.
 *
 * `analyseSteps` is the same work cut into paragraph-sized steps (a generator), so that the
 * content script can give the main thread back between steps on a very long page; `analyse`
 * runs it to completion.
 */
import { findCountries } from './countries';
import { detectQuotes } from './quotes';
import { tokenize } from './tokenize';
import type { Analysis, EntityMention } from './types';

/** Largest piece of text analysed in one step (cut at paragraph breaks). */
const STEP_CHARS = 6000;

/** Splits `text` at line breaks into pieces of at most about `max` characters. */
export function paragraphChunks(text: string, max = STEP_CHARS): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
      else {
        const sp = text.lastIndexOf(' ', end);
        if (sp > start) end = sp + 1;
      }
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/**
 * The analysis of `text`, one paragraph-sized step per `next()`; the generator's return value
 * is the result.
 * @example [...] analyseSteps('قال الرئيس') → returns { entities: [], quotes: [] }
 */
export function* analyseSteps(text: string): Generator<number, Analysis> {
  const entities: EntityMention[] = [];
  for (const chunk of paragraphChunks(text)) {
    const piece = text.slice(chunk.start, chunk.end);
    const tokens = tokenize(piece);
    for (const m of findCountries(piece, tokens)) entities.push({ ...m, start: m.start + chunk.start, end: m.end + chunk.start });
    yield chunk.end / text.length;
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  // Quotations need the whole text (a quotation may run over several paragraphs).
  const quotes = detectQuotes(text, entities.filter((e) => e.type === 'person'));
  return { entities, quotes };
}

/**
 * Analyses `text` in one go.
 * @example analyse('قال الرئيس').entities → []
 */
export function analyse(text: string): Analysis {
  const steps = analyseSteps(text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
