/**
 * The country lexicon: the compact data of assets/data/countries.json turned into a lookup by
 * first word. Demonyms are stored as masculine nisbas (روسي) and inflected here, so the shipped
 * file stays small and the generator and the matcher share one inflection.
 */
import { buildKeyFilter, type KeyFilter } from './countries-key-filter';
import { runSteps } from '../steps';

/** The shape of assets/data/countries.json (all surfaces folded with `foldArabic`). */
export interface CountryData {
  about: string;
  /** ISO alpha-2 → display name (unfolded). */
  canonical: Record<string, string>;
  /** ISO alpha-2 → folded names of the country. */
  names: Record<string, string[]>;
  /** ISO alpha-2 → folded demonym bases: nisbas ending in ي, or broken plurals. */
  demonyms: Record<string, string[]>;
  /** Folded inflected demonym forms that are refused (المالية is finance, not Mali). */
  noDemonym: string[];
  /** Folded name or demonym base → confidence below the default. */
  weak: Record<string, number>;
  /** Folded phrases that contain a country word but are not a country (نهر الاردن). */
  blocks: string[];
  /** Folded names of cities, capitals and regions. */
  places: string[];
  /** Folded given names, to tell a family name (أحمد المصري) from a demonym. */
  givenNames: string[];
}

/** One dictionary entry, keyed by its first folded word. */
export interface LexEntry {
  /** The folded words after the first one. */
  rest: string[];
  /** ISO alpha-2, or '' for a blocking phrase that yields nothing. */
  iso: string;
  demonym: boolean;
  /** True for a form with the article (الروسي), false for روسي and for ألمان. */
  definite: boolean;
  confidence: number;
}

const NAME_CONFIDENCE = 0.95;
const DEMONYM_CONFIDENCE = 0.9;

/**
 * The inflected forms of one demonym base, with and without the article; a nisba (every word
 * ends in ي) gets feminine, plural and oblique plural forms, a broken plural only the article.
 * @example demonymForms('روسي') → ['روسي', 'روسية', 'روسيون', 'روسيين', 'روسيات', 'الروسي', 'الروسية', …]
 * @example demonymForms('كوري شمالي') → ['كوري شمالي', 'كورية شمالية', …, 'الكوري الشمالي', …]
 */
export function demonymForms(base: string): string[] {
  const words = base.split(' ');
  const nisba = words.every((w) => w.endsWith('ي')) || (words.length > 1 && words[words.length - 1]!.endsWith('ي'));
  const suffixes = nisba ? ['', 'ة', 'ون', 'ين', 'ات'] : [''];
  const out: string[] = [];
  for (const article of [false, true]) {
    for (const suffix of suffixes) {
      out.push(
        words
          .map((w) => {
            const inflected = w.endsWith('ي') ? w + suffix : w;
            return article ? `ال${inflected}` : inflected;
          })
          .join(' '),
      );
    }
  }
  return out;
}

/** The lookup built from the data: first word → entries, longest first. */
export interface Lexicon {
  byFirst: Map<string, LexEntry[]>;
  /** Every folded single word that starts or continues a country name or demonym. */
  words: Set<string>;
  places: Set<string>;
  givenNames: Set<string>;
  canonical: Record<string, string>;
  /** Rules out most words that are no key of byFirst without looking them up (countries-key-filter). */
  filter: KeyFilter;
}

/**
 * Builds the lookup; names win over demonyms of the same spelling (تشيلي is Chile, not the
 * Chilean), and blocking phrases are entries that yield nothing.
 * @example buildLexicon(data).byFirst.get('الولايات')?.[0]?.rest → ['المتحدة', 'الامريكية']
 */
export function buildLexicon(data: CountryData): Lexicon {
  return runSteps(buildLexiconSteps(data));
}

/** Countries whose names and demonyms are entered between two yields of buildLexiconSteps. */
const COUNTRIES_PER_STEP = 40;

/** `buildLexicon` a few dozen countries at a time, yielding between them. */
export function* buildLexiconSteps(data: CountryData): Generator<void, Lexicon> {
  const byFirst = new Map<string, LexEntry[]>();
  const words = new Set<string>();
  const seen = new Set<string>();
  // First words in order of appearance, for the key filter (cheaper to walk than the map's keys).
  const firsts: string[] = [];
  // Plain loops and one split per surface: this runs on a page's first call, before V8 optimises
  // it, where array destructuring and iterators cost more than the work itself.
  const add = (surface: string, iso: string, demonym: boolean, confidence: number, definite = surface.startsWith('ال')) => {
    if (seen.has(surface)) return;
    seen.add(surface);
    const all = surface.split(' ');
    const first = all[0]!;
    if (!first) return;
    let list = byFirst.get(first);
    if (!list) {
      byFirst.set(first, (list = []));
      firsts.push(first);
    }
    list.push({ rest: all.slice(1), iso, demonym, definite, confidence });
    if (iso) for (let k = 0; k < all.length; k++) words.add(all[k]!);
  };
  for (const phrase of data.blocks) add(phrase, '', false, 0);
  let n = 0;
  for (const [iso, names] of Object.entries(data.names)) {
    for (const name of names) add(name, iso, false, data.weak[name] ?? NAME_CONFIDENCE);
    if (++n % COUNTRIES_PER_STEP === 0) yield;
  }
  const refused = new Set(data.noDemonym);
  for (const [iso, bases] of Object.entries(data.demonyms)) {
    for (const b of bases) {
      const forms = demonymForms(b);
      // The second half of the forms carries the article (see demonymForms).
      forms.forEach((f, k) => {
        if (!refused.has(f)) add(f, iso, true, data.weak[b] ?? DEMONYM_CONFIDENCE, k >= forms.length / 2);
      });
    }
    if (++n % COUNTRIES_PER_STEP === 0) yield;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return { byFirst, words, places: new Set(data.places), givenNames: new Set(data.givenNames), canonical: data.canonical, filter: buildKeyFilter(firsts) };
}
