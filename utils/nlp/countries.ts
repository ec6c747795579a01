/**
 * Countries and demonyms in Arabic news text, linked to ISO 3166 alpha-2 codes.
 *
 * One pass over the tokens: each word is folded and looked up (whole word first, then its
 * clitic readings) in a map keyed by the first word of every name; the longest name that
 * continues word by word wins (الولايات المتحدة الأمريكية over الولايات المتحدة). Context
 * rules (countries-rules.ts) then settle the ambiguous words (عمان، جورجيا، المغرب، مالي …).
 * Data: assets/data/countries.json, built by tests/tools/build-gazetteers.ts.
 */
import data from '../../assets/data/countries.json';
import { buildLexiconSteps, type CountryData, type LexEntry, type Lexicon } from './countries-lexicon';
import { judge, type Candidate, type RuleContext } from './countries-rules';
import { mayBeKey } from './countries-key-filter';
import { foldArabic, foldedOffset } from './normalize';
import { runSteps } from '../steps';
import { procliticSplits, tokenize, type Token } from './tokenize';
import type { EntityMention } from './types';

export { countryInfo, type CountryInfo } from './countries-info';
export { flagEmoji } from './flag';

let cached: Lexicon | undefined;
function lexicon(): Lexicon {
  return cached ?? runSteps(loadCountriesSteps());
}

/**
 * Builds the country lookup a slice at a time (yielding between slices) unless it is built
 * already; findCountries builds it in one go on first use otherwise.
 * @example runSteps(loadCountriesSteps()); findCountries('مصر') → no building left to do
 */
export function* loadCountriesSteps(): Generator<void, Lexicon> {
  if (!cached) {
    const built = yield* buildLexiconSteps(data as CountryData);
    cached ??= built;
  }
  return cached;
}

/** Letters a proclitic reading can start with. */
const CLITIC_START = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Whether `lead` + `word.slice(from)` starts a lexicon entry, the key filter asked first. */
function isKey(lex: Lexicon, word: string, from: number, lead = ''): boolean {
  return mayBeKey(lex.filter, word, from, lead || undefined) && lex.byFirst.has(lead + word.slice(from));
}

/**
 * Cheap pre-check: could a clitic reading of `f` without the article start a lexicon entry? Such
 * a reading cuts one or two letters (و ف, then ب ل ك), or reads لل as ل + ال.
 */
function mayStrip(lex: Lexicon, f: string): boolean {
  if (f.length < 3 || !CLITIC_START.has(f[0]!)) return false;
  for (let k = 1; k <= 2 && k < f.length - 1; k++) {
    if (isKey(lex, f, k) || (f[k - 1] === 'ل' && f[k] === 'ل' && isKey(lex, f, k, 'ا'))) return true;
  }
  return false;
}

interface Hit {
  entry: LexEntry;
  /** Folded length of the clitics cut off the first word. */
  prefix: number;
  stem: string;
  last: number;
}

/** The tokens of one call and their folded forms, computed once each (or given by the caller). */
interface Scan {
  text: string;
  tokens: Token[];
  folded: Array<string | undefined>;
}

function foldAt(scan: Scan, i: number): string {
  const t = scan.tokens[i];
  if (!t || t.kind !== 'word') return '';
  let f = scan.folded[i];
  if (f === undefined) scan.folded[i] = f = foldArabic(t.text);
  return f;
}

function continues(scan: Scan, i: number, rest: string[]): boolean {
  for (let j = 0; j < rest.length; j++) {
    const t = scan.tokens[i + 1 + j];
    if (!t || t.kind !== 'word' || foldAt(scan, i + 1 + j) !== rest[j]) return false;
    if (scan.text.slice(scan.tokens[i + j]!.end, t.start).includes('\n')) return false;
  }
  return true;
}

/** The longest entry that starts with `stem` at token i and continues word by word. */
function longestAt(lex: Lexicon, scan: Scan, i: number, stem: string, prefix: number): Hit | null {
  const entries = lex.byFirst.get(stem);
  if (!entries) return null;
  for (const entry of entries) {
    if (continues(scan, i, entry.rest)) return { entry, prefix, stem, last: i + entry.rest.length };
  }
  return null;
}

function matchAt(lex: Lexicon, scan: Scan, i: number): Hit | null {
  const f = foldAt(scan, i);
  const whole = mayBeKey(lex.filter, f, 0) ? longestAt(lex, scan, i, f, 0) : null;
  if (whole || !mayStrip(lex, f)) return whole;
  for (const r of procliticSplits(f)) {
    // Every name or demonym that takes the article is listed with it, so a reading that strips
    // the article only invents matches (المالي → مالي). For ل + ال written لل the stem has its
    // article back, and the surface starts at that ل.
    if (r.article || !r.prefix) continue;
    const hit = longestAt(lex, scan, i, r.stem, r.prefix.length);
    if (hit) return hit;
  }
  return null;
}

/** Offset in `word` (original) of the folded position `k`. */
function originalOffset(word: string, folded: string, k: number): number {
  return folded.length === word.length ? k : foldedOffset(word, k);
}

/**
 * Finds country names and demonyms, with offsets in `text` (the surface leaves attached
 * clitics out: وروسيا → روسيا; لل keeps the article's ل: للولايات المتحدة → لولايات المتحدة).
 * @example findCountries('وقالت روسيا إن الولايات المتحدة الأمريكية').map(m => [m.text, m.entity]) → [['روسيا', 'RU'], ['الولايات المتحدة الأمريكية', 'US']]
 * @example findCountries('قال الرئيس المصري').map(m => [m.text, m.demonym]) → [['المصري', true]]
 * `folded`, when given, is foldArabic of every token's text (people-word-table's foldTokens), made once for this and the people pass.
 */
export function findCountries(text: string, tokens: Token[] = tokenize(text), folded?: string[]): EntityMention[] {
  const lex = lexicon();
  const scan: Scan = { text, tokens, folded: folded ?? [] };
  const fold = (i: number) => foldAt(scan, i);
  const ctx: RuleContext = { text, tokens, fold, givenNames: lex.givenNames, entryOf: wordEntry, isPlace: isKnownPlaceName };
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const hit = matchAt(lex, scan, i);
    if (!hit) continue;
    const first = i;
    i = hit.last;
    if (!hit.entry.iso) continue;
    const surface = [hit.stem, ...hit.entry.rest].join(' ');
    const cand: Candidate = { iso: hit.entry.iso, demonym: hit.entry.demonym, confidence: hit.entry.confidence, surface, first, last: hit.last, clitic: hit.prefix > 0, definite: hit.entry.definite };
    const kept = judge(ctx, cand);
    if (!kept) continue;
    const t = tokens[first]!;
    const start = t.start + originalOffset(t.text, fold(first), hit.prefix);
    const end = tokens[hit.last]!.end;
    out.push({
      type: 'country',
      start,
      end,
      text: text.slice(start, end),
      entity: kept.iso,
      name: lex.canonical[kept.iso] ?? kept.iso,
      ...(kept.demonym ? { demonym: true } : {}),
      confidence: kept.confidence,
    });
  }
  return out;
}

/**
 * The ISO code a single folded word names as a country or demonym (clitics allowed), if any.
 * @example countryKeyOf('وروسيا') → 'RU'
 * @example countryKeyOf('الامريكيين') → 'US'
 */
export function countryKeyOf(folded: string): string | undefined {
  return wordEntry(folded)?.iso;
}

/** The one-word lexicon entry of a folded word or of its first clitic reading that has one. */
function wordEntry(word: string): LexEntry | undefined {
  const lex = lexicon();
  const folded = foldArabic(word);
  // Most words start no entry, neither whole nor after a clitic: no readings to build for them.
  if (!isKey(lex, folded, 0) && !mayStrip(lex, folded)) return undefined;
  for (const r of procliticSplits(folded)) {
    if (r.article) continue;
    const entry = lex.byFirst.get(r.stem)?.find((e) => e.rest.length === 0);
    if (entry) return entry.iso ? entry : undefined;
  }
  return undefined;
}

/**
 * True when the folded word is by itself a country name or demonym (a gazetteer feature).
 * @example isCountryOrDemonymWord('المصري') → true
 * @example isCountryOrDemonymWord('القاهرة') → false
 */
export function isCountryOrDemonymWord(folded: string): boolean {
  return countryKeyOf(folded) !== undefined;
}

/**
 * True for a folded city, capital or region name (CLDR city names, capitals, our list); also
 * for the few capitals spelt like their country (الكويت، تونس، الجزائر، عمان).
 * @example isKnownPlaceName('القاهرة') → true
 * @example isKnownPlaceName('مصر') → false
 */
export function isKnownPlaceName(folded: string): boolean {
  return lexicon().places.has(folded);
}
