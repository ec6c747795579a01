import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '@/assets/data/countries.json';
import { countryInfo, findCountries, flagEmoji } from '@/utils/nlp/countries';
import { buildLexicon, demonymForms, type CountryData } from '@/utils/nlp/countries-lexicon';
import { COUNTRIES_JSON, COUNTRY_INFO_JSON, buildCountryData, serialiseCountries, serialiseInfo } from '../tools/build-gazetteers';

const require = createRequire(import.meta.url);
const ISO: string[] = Object.keys(require('i18n-iso-countries/langs/ar.json').countries).sort();
const d = data as CountryData;

describe('country data', () => {
  it('gives every ISO 3166-1 code of i18n-iso-countries an Arabic surface, a name and card data', () => {
    const missing = ISO.filter((iso) => !d.names[iso]?.length || !d.canonical[iso] || !countryInfo(iso));
    expect(missing).toEqual([]);
    expect(ISO.length).toBeGreaterThanOrEqual(249);
    expect(ISO).toContain('XK');
  });

  it('finds every country by its display name', () => {
    const lost = ISO.filter((iso) => {
      const text = `في ${d.canonical[iso]}`;
      return !findCountries(text).some((m) => m.entity === iso && m.end === text.length);
    });
    expect(lost).toEqual([]);
  });

  it('maps no surface to two codes: one entry per phrase', () => {
    const lex = buildLexicon(d);
    const owners = new Map<string, Set<string>>();
    const add = (surface: string, iso: string) => owners.set(surface, (owners.get(surface) ?? new Set()).add(iso));
    for (const [iso, names] of Object.entries(d.names)) for (const n of names) add(n, iso);
    const refused = new Set(d.noDemonym);
    for (const [iso, bases] of Object.entries(d.demonyms)) for (const b of bases) for (const f of demonymForms(b)) if (!refused.has(f)) add(f, iso);
    const shared = [...owners].filter(([, isos]) => isos.size > 1).map(([s, isos]) => `${s}: ${[...isos].join(',')}`);
    expect(shared).toEqual([]);
    for (const [first, entries] of lex.byFirst) {
      const keys = entries.map((e) => [first, ...e.rest].join(' '));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('keeps the shipped file small and without SaudiNewsNet text', () => {
    expect(statSync(COUNTRIES_JSON).size).toBeLessThan(80_000);
    expect(readFileSync(COUNTRIES_JSON, 'utf8')).not.toMatch(/saudinewsnet/i);
  });

  it('is exactly what the generator builds from its sources', () => {
    const { data: built, info } = buildCountryData();
    expect(serialiseCountries(built)).toBe(readFileSync(COUNTRIES_JSON, 'utf8'));
    expect(serialiseInfo(info)).toBe(readFileSync(COUNTRY_INFO_JSON, 'utf8'));
  });

  it('treats a capital spelt like its country as the country unless the text says city', () => {
    const homonyms = ['الكويت', 'جيبوتي', 'سنغافورة', 'تونس', 'الجزائر', 'موناكو', 'الفاتيكان', 'البحرين', 'قطر'];
    for (const name of homonyms) {
      expect(d.places).toContain(name);
      expect(findCountries(`زار ${name}`).map((m) => m.text)).toEqual([name]);
      expect(findCountries(`في مدينة ${name}`)).toEqual([]);
    }
  });
});

describe('countryInfo', () => {
  it.each([
    ['EG', 'مصر', 'القاهرة', 'شمال أفريقيا', 'أفريقيا'],
    ['SA', 'السعودية', 'الرياض', 'غرب آسيا', 'آسيا'],
    ['US', 'الولايات المتحدة', 'واشنطن', 'شمال أمريكا', 'الأمريكتان'],
    ['RU', 'روسيا', 'موسكو', 'شرق أوروبا', 'أوروبا'],
    ['JP', 'اليابان', 'طوكيو', 'شرق آسيا', 'آسيا'],
    ['XK', 'كوسوفو', 'بريشتينا', 'جنوب أوروبا', 'أوروبا'],
    ['PS', 'فلسطين', 'القدس الشرقية', 'غرب آسيا', 'آسيا'],
  ])('%s → %s, %s, %s, %s', (iso, name, capital, subregion, region) => {
    expect(countryInfo(iso)).toMatchObject({ iso, name, capital, subregion, region });
  });

  it('gives a capital and an M49 subregion to every UN member state', () => {
    const un = ISO.map((iso) => countryInfo(iso)!).filter((c) => c.un);
    expect(un.length).toBe(193);
    expect(un.filter((c) => !c.capital || !c.subregion || !c.region).map((c) => c.iso)).toEqual([]);
  });

  it('notes disputed or split capitals', () => {
    expect(countryInfo('IL')?.capitalNote).toBeTruthy();
    expect(countryInfo('ZA')?.capitalNote).toBeTruthy();
  });

  it('computes the flag from the code and knows no unknown code', () => {
    expect(flagEmoji('EG')).toBe('\u{1F1EA}\u{1F1EC}');
    expect(countryInfo('XK')?.flag).toBe('\u{1F1FD}\u{1F1F0}');
    expect(flagEmoji('eg')).toBe('');
    expect(countryInfo('ZZ')).toBeUndefined();
  });

  it('reads its Arabic region names from CLDR', () => {
    const cldr = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/data/gazetteers/countries/cldr48_ar_territories.json'), 'utf8'));
    const territories = cldr.main.ar.localeDisplayNames.territories as Record<string, string>;
    expect(countryInfo('EG')?.subregion).toBe(territories[countryInfo('EG')!.m49!]);
  });
});
