/**
 * The one analysis every caller uses (content script, command line, evaluations, benchmarks):
 * text in → entities and quotations out, offsets in the original text.
 *
 * `analyseSteps` is the same work cut into paragraph-sized steps (a generator), so that the
 * content script can give the main thread back between steps on a very long page; `analyse`
 * runs it to completion. Per step: tokens, countries and the name tagger's spans; at the end,
 * the page-level pass (one entity per person) and the quotations, which need the whole text.
 */
import { findCountries } from './countries';
import { findNamedSpans, type NamedSpan } from './ner';
import { findPeople } from './people';
import { detectQuotes } from './quotes';
import { tokenize, type Token } from './tokenize';
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

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Keeps one reading where a person and a country claim the same words: a name that merely is a
 * country word (the tagger calling مصر a person) stays a country; a longer name that contains
 * one (الأمير تركي الفيصل) stays a person.
 * @example mergeMentions([تركي الفيصل (person)], [تركي (country)]) → [تركي الفيصل (person)]
 */
export function mergeMentions(people: readonly EntityMention[], countries: readonly EntityMention[]): EntityMention[] {
  const keptPeople = people.filter((p) => !countries.some((c) => c.start <= p.start && c.end >= p.end));
  const keptCountries = countries.filter((c) => !keptPeople.some((p) => overlaps(p, c)));
  return [...keptPeople, ...keptCountries].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The analysis of `text`, one paragraph-sized step per `next()`; the generator's return value
 * is the result.
 * @example analyseSteps('قال الرئيس') → (after its steps) { entities: [], quotes: [] }
 */
export function* analyseSteps(text: string): Generator<number, Analysis> {
  const countries: EntityMention[] = [];
  const tokens: Token[] = [];
  const spans: NamedSpan[] = [];
  for (const chunk of paragraphChunks(text)) {
    const piece = text.slice(chunk.start, chunk.end);
    const local = tokenize(piece);
    const base = tokens.length;
    for (const m of findCountries(piece, local)) countries.push({ ...m, start: m.start + chunk.start, end: m.end + chunk.start });
    for (const s of findNamedSpans(piece, local)) {
      spans.push({ ...s, start: s.start + chunk.start, end: s.end + chunk.start, tokenStart: s.tokenStart + base, tokenEnd: s.tokenEnd + base });
    }
    for (const t of local) tokens.push({ ...t, start: t.start + chunk.start, end: t.end + chunk.start });
    yield chunk.end / text.length;
  }
  const people = findPeople(text, tokens, spans);
  yield 1;
  const entities = mergeMentions(people, countries);
  const quotes = detectQuotes(text, people);
  return { entities, quotes };
}

/**
 * Analyses `text` in one go.
 * @example analyse('وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا …').entities.map(e => e.text) → ['الفرنسي', 'إيمانويل ماكرون', 'فرنسا']
 */
export function analyse(text: string): Analysis {
  const steps = analyseSteps(text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
