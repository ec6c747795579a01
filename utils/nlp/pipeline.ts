/**
 * The one analysis every caller uses (content script, command line, evaluations, benchmarks):
 * text in → entities and quotations out, offsets in the original text.
 *
 * `analyseSteps` is the same work cut into paragraph-sized steps (a generator), so that the
 * content script can give the main thread back between steps on a very long page; `analyse`
 * runs it to completion. Per step: tokens, countries and the name tagger's spans; at the end,
 * the page-level pass (one entity per person) and the quotations, which need the whole text.
 */
import { runSteps } from '../steps';
import { findCountries, loadCountriesSteps } from './countries';
import { findNamedSpans, findNamedSpansSteps, loadNerModelSteps, type NamedSpan } from './ner';
import { findPeopleSteps } from './people';
import { foldTokens } from './people-word-table';
import { detectQuotesSteps } from './quotes';
import { tokenize, type Token } from './tokenize';
import type { Analysis, EntityMention } from './types';
import { partitionPoint } from '../sorted';

/** Largest piece of text analysed in one step (cut at paragraph breaks). */
const STEP_CHARS = 6000;

/** The last index in [from, to] holding the character `code`, or -1. */
function lastIndexBetween(text: string, code: number, from: number, to: number): number {
  for (let i = Math.min(to, text.length - 1); i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Splits `text` at line breaks into pieces of at most about `max` characters. */
export function paragraphChunks(text: string, max = STEP_CHARS): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      // Searched back to `start` only: lastIndexOf would scan a text without breaks to its beginning.
      const nl = lastIndexBetween(text, 0x0a, start, end);
      if (nl > start) end = nl + 1;
      else {
        const sp = lastIndexBetween(text, 0x20, start, end);
        if (sp > start) end = sp + 1;
      }
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}


/**
 * Keeps one reading where a person and a country claim the same words: a name that merely is a
 * country word (the tagger calling مصر a person) stays a country; a longer name that contains
 * one (الأمير تركي الفيصل) stays a person.
 * @example mergeMentions([تركي الفيصل (person)], [تركي (country)]) → [تركي الفيصل (person)]
 */
export function mergeMentions(people: readonly EntityMention[], countries: readonly EntityMention[]): EntityMention[] {
  const byStart = (a: EntityMention, b: EntityMention) => a.start - b.start;
  // A person inside a country: some country starting at or before it ends at or after it.
  const cs = [...countries].sort(byStart);
  let k = 0, reach = -1;
  const keptPeople = [...people].sort(byStart).filter((p) => {
    while (k < cs.length && (cs[k] as EntityMention).start <= p.start) reach = Math.max(reach, (cs[k++] as EntityMention).end);
    return reach < p.end;
  });
  // A country overlapping a kept person: among the people starting before it ends, one ends after it starts.
  const ends: number[] = [];
  for (const p of keptPeople) ends.push(Math.max(p.end, ends[ends.length - 1] ?? -1));
  const keptCountries = countries.filter((c) => {
    const n = partitionPoint(keptPeople.length, (i) => (keptPeople[i] as EntityMention).start < c.end);
    return n === 0 || (ends[n - 1] as number) <= c.start;
  });
  return [...keptPeople, ...keptCountries].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The analysis of `text`, one paragraph-sized step per `next()`; the generator's return value
 * is the result.
 * @example analyseSteps('قال الرئيس') → (after its steps) { entities: [], quotes: [] }
 */
export function* analyseSteps(text: string): Generator<number, Analysis> {
  // The model and the country lookup are built on first use, a slice at a time.
  yield* progress(loadNerModelSteps(), 0);
  yield* progress(loadCountriesSteps(), 0);
  yield* progress(warmUpSteps(), 0);
  const countries: EntityMention[] = [];
  const tokens: Token[] = [];
  // Every token folded once, for the country finder and the people pass alike.
  const folded: string[] = [];
  const spans: NamedSpan[] = [];
  const chunks = paragraphChunks(text);
  for (const chunk of chunks) {
    const piece = text.slice(chunk.start, chunk.end);
    const local = tokenize(piece);
    const localFolded = foldTokens(local);
    const base = tokens.length;
    yield chunk.start / text.length;
    for (const m of findCountries(piece, local, localFolded)) countries.push({ ...m, start: m.start + chunk.start, end: m.end + chunk.start });
    yield chunk.start / text.length;
    for (const s of yield* progress(findNamedSpansSteps(piece, local), chunk.start / text.length)) {
      spans.push({ ...s, start: s.start + chunk.start, end: s.end + chunk.start, tokenStart: s.tokenStart + base, tokenEnd: s.tokenEnd + base });
    }
    // The piece's tokens are ours alone: moved to page offsets in place rather than copied.
    for (const t of local) {
      t.start += chunk.start;
      t.end += chunk.start;
      tokens.push(t);
    }
    for (const f of localFolded) folded.push(f);
    yield chunk.end / text.length;
  }
  const people = yield* progress(findPeopleSteps(text, tokens, spans, undefined, folded), 1);
  const entities = mergeMentions(people, countries);
  // The page's tokens are tokenize(text) when no piece was cut inside a run of letters (always,
  // but for a run of STEP_CHARS without a space): then the quotation finder reads them.
  const whole = chunks.every((c) => c.end === text.length || text.charCodeAt(c.end - 1) === 0x0a || text.charCodeAt(c.end - 1) === 0x20);
  const quotes = yield* progress(detectQuotesSteps(text, people, whole ? { tokens, folded } : undefined), 1);
  return { entities, quotes };
}

/** A sentence with a person, a country, a demonym and a quotation: every stage meets each kind once. */
const WARM_UP = 'وقال وزير الخارجية المصري سامح شكري في القاهرة: "مصر لن تقبل بأي حلول تمس أمنها المائي".';
let warmedUp = false;

/**
 * Runs every stage once on a short sentence, each in its own step: code met for the first time
 * is slow (compiled, then run unoptimised), and a page's first paragraph should not pay for it
 * all in one step. Results are not kept; the analyses that follow are unchanged.
 */
function* warmUpSteps(): Generator<void, void> {
  if (warmedUp) return;
  warmedUp = true;
  const tokens = tokenize(WARM_UP);
  yield;
  findCountries(WARM_UP, tokens);
  yield;
  const spans = findNamedSpans(WARM_UP, tokens);
  yield;
  const people = yield* findPeopleSteps(WARM_UP, tokens, spans);
  yield;
  yield* detectQuotesSteps(WARM_UP, people);
}

/** Runs `steps`, reporting `at` as the progress of each of its yields. */
function* progress<T>(steps: Generator<void, T>, at: number): Generator<number, T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    yield at;
  }
}

/**
 * Analyses `text` in one go.
 * @example analyse('وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا …').entities.map(e => e.text) → ['الفرنسي', 'إيمانويل ماكرون', 'فرنسا']
 */
export function analyse(text: string): Analysis {
  return runSteps(analyseSteps(text));
}
