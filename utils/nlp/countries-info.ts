/**
 * What the context card shows about a country: Arabic name, flag, capital and UN M49 region.
 * Data: assets/data/country-info.json (CLDR names and containment, countries-list capitals
 * through CLDR's Arabic city names, and our own table), built by tests/tools/build-gazetteers.ts.
 */
import info from '../../assets/data/country-info.json';
import { flagEmoji } from './flag';

/** The card data of one country. */
export interface CountryInfo {
  iso: string;
  /** Short Arabic name (مصر، الولايات المتحدة). */
  name: string;
  /** The flag as an emoji, computed from the code (nothing is fetched). */
  flag: string;
  /** Capital in Arabic, when known. */
  capital?: string;
  /** A caveat about the capital (disputed, several capitals). */
  capitalNote?: string;
  /** UN M49 subregion and region in Arabic (غرب آسيا، آسيا). */
  subregion?: string;
  region?: string;
  /** M49 code of the subregion (145). */
  m49?: string;
  /** True for UN member states. */
  un: boolean;
}

interface Row { name: string; capital?: string; capitalNote?: string; subregion?: string; region?: string; m49?: string; un?: boolean }
const table = info as Record<string, Row>;

/**
 * The card data of a country, or undefined for an unknown code.
 * @example countryInfo('EG') → { iso: 'EG', name: 'مصر', flag: '🇪🇬', capital: 'القاهرة', subregion: 'شمال أفريقيا', region: 'أفريقيا', m49: '015', un: true }
 */
export function countryInfo(iso: string): CountryInfo | undefined {
  const row = table[iso];
  if (!row) return undefined;
  return { iso, flag: flagEmoji(iso), ...row, un: row.un === true };
}
