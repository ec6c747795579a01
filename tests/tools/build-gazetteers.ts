/**
 * Rebuilds the shipped country data from well-kept sources (`npm run build:gazetteers`):
 *  - i18n-iso-countries (MIT): the ISO 3166-1 codes, Arabic and English names;
 *  - CLDR 48 territory names in Arabic (Unicode-3.0, ../shared/data/gazetteers/countries) and
 *    CLDR's M49 containment (cldr-core) for regions; CLDR Arabic time-zone city names
 *    (cldr-dates-full) for capitals and cities, matched through countries-list's English capitals (MIT);
 *  - ArWikiCats nationalities (MIT, ../shared/data/gazetteers/demonyms) for demonyms;
 *  - arabic-name-to-en (ISC) given names, to tell a family name from a demonym;
 *  - assets/data/country-variants.tsv: our own hand-maintained table (MIT).
 * world-countries (ODbL) is not read: its share-alike terms would follow the shipped file.
 * Writes assets/data/countries.json and assets/data/country-info.json; prints what it dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { foldArabic } from '../../utils/nlp/normalize';
import { demonymForms, type CountryData } from '../../utils/nlp/countries-lexicon';

const ROOT = resolve(import.meta.dirname, '../..');
const GAZ = resolve(ROOT, '../shared/data/gazetteers');
const require = createRequire(import.meta.url);
const json = (p: string): any => JSON.parse(readFileSync(p, 'utf8'));

export const COUNTRIES_JSON = resolve(ROOT, 'assets/data/countries.json');
export const COUNTRY_INFO_JSON = resolve(ROOT, 'assets/data/country-info.json');
const fold = (s: string) => foldArabic(s).replace(/\s+/g, ' ').trim();

/** Builds both shipped files in memory; `log` lists what was dropped and why. */
export function buildCountryData(): { data: CountryData; info: Record<string, Record<string, string | boolean>>; log: string[] } {
  const arIso: Record<string, string> = require('i18n-iso-countries/langs/ar.json').countries;
  const enIso: Record<string, string | string[]> = require('i18n-iso-countries/langs/en.json').countries;
  const cldr: Record<string, string> = json(`${GAZ}/countries/cldr48_ar_territories.json`).main.ar.localeDisplayNames.territories;
  const containment: Record<string, { _contains: string[]; _grouping?: string }> = require('cldr-core/supplemental/territoryContainment.json').supplemental.territoryContainment;
  const zones = require('cldr-dates-full/main/ar/timeZoneNames.json').main.ar.dates.timeZoneNames.zone;
  const capitalsEn: Record<string, { capital: string }> = json(resolve(ROOT, 'node_modules/countries-list/countries.min.json'));
  const ISO = Object.keys(arIso).sort();
  const log: string[] = [];

  // ---- the hand table --------------------------------------------------------------------------
  interface HandRow { kind: string; iso: string; surface: string; extra: string }
  const hand: HandRow[] = readFileSync(resolve(ROOT, 'assets/data/country-variants.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [kind = '', iso = '', surface = '', extra = ''] = l.split('\t');
      return { kind, iso, surface: surface.trim(), extra: extra.trim() };
    });
  const rows = (kind: string) => hand.filter((r) => r.kind === kind);
  const weak: Record<string, number> = {};
  const confidenceOf = (r: HandRow) => (/^0?\.\d+$/.test(r.extra) ? Number(r.extra) : undefined);

  // ---- names -------------------------------------------------------------------------------------
  /** Splits a source name into the surfaces news uses: parentheses become alternatives, dashes go. */
  function surfacesOf(name: string): string[] {
    const out: string[] = [];
    const inParens = /\(([^)]*)\)/.exec(name)?.[1];
    const bare = name.replace(/\([^)]*\)/g, '').replace(/\s+-\s+/g, ' ').trim();
    out.push(bare);
    if (inParens && !/منطقة|الجزء|إدارية/.test(inParens)) out.push(inParens.trim());
    return out.filter(Boolean);
  }

  const nameIsos = new Map<string, Set<string>>();
  const handNames = new Map<string, string>();
  const addName = (surface: string, iso: string) => {
    const f = fold(surface);
    if (!f) return;
    if (!nameIsos.has(f)) nameIsos.set(f, new Set());
    nameIsos.get(f)!.add(iso);
  };
  const dropNames = new Set(rows('drop-name').map((r) => `${r.iso}|${fold(r.surface)}`));
  for (const iso of ISO) {
    const sources = [arIso[iso], cldr[iso], cldr[`${iso}-alt-short`], cldr[`${iso}-alt-variant`]].filter((s): s is string => !!s);
    for (const s of sources) for (const surface of surfacesOf(s)) if (!dropNames.has(`${iso}|${fold(surface)}`)) addName(surface, iso);
  }
  // A display name is always a name the matcher knows.
  for (const r of rows('canonical')) if (!nameIsos.has(fold(r.surface))) addName(r.surface, r.iso);
  for (const r of rows('name')) {
    addName(r.surface, r.iso);
    handNames.set(fold(r.surface), r.iso);
    const c = confidenceOf(r);
    if (c !== undefined) weak[fold(r.surface)] = c;
  }
  const names: Record<string, string[]> = {};
  for (const [surface, isos] of nameIsos) {
    let iso: string | undefined = isos.size === 1 ? [...isos][0] : handNames.get(surface);
    if (!iso) {
      log.push(`name "${surface}" claimed by ${[...isos].join(', ')}: dropped`);
      continue;
    }
    (names[iso] ??= []).push(surface);
  }

  // ---- demonyms ----------------------------------------------------------------------------------
  const nameToIso = new Map<string, string>();
  for (const [iso, list] of Object.entries(names)) for (const n of list) nameToIso.set(n, iso);
  const enToIso = new Map<string, string>();
  for (const [iso, en] of Object.entries(enIso)) for (const n of [en].flat()) enToIso.set(n.toLowerCase(), iso);
  const demonymOf = new Map(rows('demonym-of').map((r) => [r.iso, r.surface]));

  const nat = { ...json(`${GAZ}/demonyms/arwikicats_nationalities_data.json`), ...json(`${GAZ}/demonyms/arwikicats_all_nat_as_en.json`) } as Record<string, { male: string; males: string; ar: string; en: string }>;
  const demonymIsos = new Map<string, Set<string>>();
  const addDemonym = (base: string, iso: string) => {
    const f = fold(base);
    if (!demonymIsos.has(f)) demonymIsos.set(f, new Set());
    demonymIsos.get(f)!.add(iso);
  };
  for (const [key, d] of Object.entries(nat)) {
    const iso = demonymOf.get(key) ?? nameToIso.get(fold(d.ar ?? '')) ?? enToIso.get((d.en ?? '').toLowerCase());
    if (!iso || !arIso[iso]) {
      log.push(`demonym "${key}" (${d.male}): no ISO country, skipped`);
      continue;
    }
    addDemonym(d.male, iso);
    // A broken plural (روس، أتراك) is not derived from the nisba: keep it as its own base.
    if (d.males && !fold(d.males).endsWith('ون')) addDemonym(d.males, iso);
  }
  const dropDemonymBases = new Set(rows('drop-demonym').map((r) => `${r.iso}|${fold(r.surface)}`));
  for (const [base, isos] of demonymIsos) for (const iso of isos) if (dropDemonymBases.has(`${iso}|${base}`)) isos.delete(iso);
  for (const r of rows('demonym')) {
    addDemonym(r.surface, r.iso);
    const c = confidenceOf(r);
    if (c !== undefined) weak[fold(r.surface)] = c;
  }
  const demonyms: Record<string, string[]> = {};
  const noDemonym = new Set<string>();
  for (const r of rows('drop-demonym')) for (const f of demonymForms(fold(r.surface))) noDemonym.add(f);
  for (const r of rows('drop-form')) noDemonym.add(fold(r.surface));
  const formOwner = new Map<string, Set<string>>();
  for (const [base, isos] of demonymIsos) {
    if (isos.size !== 1) {
      if (isos.size > 1) log.push(`demonym "${base}" claimed by ${[...isos].join(', ')}: dropped`);
      continue;
    }
    const iso = [...isos][0]!;
    (demonyms[iso] ??= []).push(base);
    for (const f of demonymForms(base)) {
      if (!formOwner.has(f)) formOwner.set(f, new Set());
      formOwner.get(f)!.add(iso);
    }
  }
  for (const [form, isos] of formOwner) {
    const nameIso = nameToIso.get(form);
    if (nameIso && !isos.has(nameIso)) {
      noDemonym.add(form);
      log.push(`demonym form "${form}" is a name of ${nameIso}: refused`);
    } else if (isos.size > 1) {
      noDemonym.add(form);
      log.push(`demonym form "${form}" claimed by ${[...isos].join(', ')}: refused`);
    }
  }

  // ---- M49 regions, capitals, places -------------------------------------------------------------
  const isM49 = (k: string) => /^\d{3}$/.test(k) && k !== '001' && !containment[k]?._grouping;
  const parentOf = new Map<string, string>();
  for (const [k, v] of Object.entries(containment)) if (isM49(k)) for (const c of v._contains) parentOf.set(c, k);

  const cityByEnglish = new Map<string, string | null>();
  const zoneCities: string[] = [];
  (function walk(node: Record<string, any>, path: string[]) {
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === 'object' && typeof v.exemplarCity === 'string') {
        const en = k.replace(/_/g, ' ').toLowerCase();
        cityByEnglish.set(en, cityByEnglish.has(en) ? null : v.exemplarCity);
        zoneCities.push(v.exemplarCity);
      } else if (v && typeof v === 'object') walk(v, [...path, k]);
    }
  })(zones, []);
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const handCapitals = new Map(rows('capital').map((r) => [r.iso, r]));
  const UN = new Set(containment.UN?._contains ?? []);

  const info: Record<string, Record<string, string | boolean>> = {};
  const canonicalOverride = new Map(rows('canonical').map((r) => [r.iso, r.surface]));
  const canonical: Record<string, string> = {};
  for (const iso of ISO) {
    const name = canonicalOverride.get(iso) ?? surfacesOf(arIso[iso]!)[0]!;
    canonical[iso] = name;
    const sub = parentOf.get(iso);
    const region = sub ? parentOf.get(sub) : undefined;
    const handCap = handCapitals.get(iso);
    const en = capitalsEn[iso]?.capital;
    const capital = handCap?.surface ?? (en ? cityByEnglish.get(plain(en)) ?? undefined : undefined);
    if (!capital && UN.has(iso)) log.push(`capital of ${iso} (${en}) unknown`);
    info[iso] = {
      name,
      ...(capital ? { capital } : {}),
      ...(handCap?.extra ? { capitalNote: handCap.extra } : {}),
      ...(sub ? { subregion: cldr[sub]!, m49: sub } : {}),
      ...(region ? { region: cldr[region]! } : {}),
      ...(UN.has(iso) ? { un: true } : {}),
    };
  }
  const places = new Set<string>();
  for (const p of [...zoneCities, ...rows('place').map((r) => r.surface), ...Object.values(info).map((i) => i.capital as string | undefined)]) {
    if (!p) continue;
    for (const s of surfacesOf(p)) places.add(fold(s));
  }

  // ---- given names (ISC), minus titles and words that are ours --------------------------------------
  const TITLES = new Set(['رئيس', 'وزير', 'نظام', 'فريق', 'امير', 'ملك', 'شيخ', 'سيد', 'قائد', 'عبد', 'ابو', 'ام', 'ابن', 'بن', 'ال']);
  const allForms = new Set<string>([...nameToIso.keys(), ...formOwner.keys()]);
  const notGiven = new Set(rows('not-given-name').map((r) => fold(r.surface)));
  const givenNames = new Set<string>();
  for (const line of readFileSync(`${GAZ}/given_names/arabic-name-to-en_fullnamedb.tsv`, 'utf8').split('\n').slice(1)) {
    const f = fold(line.split('\t')[0] ?? '');
    if (f && !f.includes(' ') && f.length > 1 && !TITLES.has(f) && !allForms.has(f) && !notGiven.has(f) && !f.startsWith('ال')) givenNames.add(f);
  }

  // ---- write -------------------------------------------------------------------------------------
  const sortedRecord = <T>(r: Record<string, T[]>) => Object.fromEntries(Object.keys(r).sort().map((k) => [k, [...new Set(r[k])].sort()]));
  const data: CountryData = {
    about: 'Generated by tests/tools/build-gazetteers.ts from i18n-iso-countries (MIT), CLDR 48 (Unicode-3.0), ArWikiCats (MIT), arabic-name-to-en (ISC) and country-variants.tsv (MIT). Surfaces are folded (foldArabic).',
    canonical,
    names: sortedRecord(names),
    demonyms: sortedRecord(demonyms),
    noDemonym: [...noDemonym].sort(),
    weak: Object.fromEntries(Object.entries(weak).sort()),
    blocks: [...new Set(rows('block').map((r) => fold(r.surface)))].sort(),
    places: [...places].sort(),
    givenNames: [...givenNames].sort(),
  };
  return { data, info, log };
}

/** The exact text of countries.json. */
export const serialiseCountries = (data: CountryData) => `${JSON.stringify(data)}\n`;
/** The exact text of country-info.json (one country a line, for readable diffs). */
export const serialiseInfo = (info: object) => `${JSON.stringify(info).replace(/\},"/g, '},\n"')}\n`;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { data, info, log } = buildCountryData();
  writeFileSync(COUNTRIES_JSON, serialiseCountries(data));
  writeFileSync(COUNTRY_INFO_JSON, serialiseInfo(info));
  for (const l of log) process.stderr.write(`${l}\n`);
  const count = (r: Record<string, string[]>) => Object.values(r).reduce((n, l) => n + l.length, 0);
  console.log(`countries.json: ${Object.keys(data.canonical).length} codes, ${count(data.names)} names, ${count(data.demonyms)} demonym bases, ${data.blocks.length} blocks, ${data.places.length} places, ${data.givenNames.length} given names`);
  console.log(`country-info.json: ${Object.values(info).filter((i) => i.capital).length} capitals, ${Object.values(info).filter((i) => i.subregion).length} with an M49 subregion`);
}
