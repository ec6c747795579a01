/**
 * The hook through which the country matcher's data become tagger features (country names,
 * demonyms, known cities and capitals). Training and run time both read it, so a change of
 * the country data is best followed by retraining (`npm run train:ner`).
 */
import { isCountryOrDemonymWord, isKnownPlaceName } from '../countries';
import { LEX, type LexiconHook } from './lexicon';

function placeClasses(folded: string): number {
  let bits = 0;
  if (isCountryOrDemonymWord(folded)) bits |= /ي$|ية$|يون$|يين$|يات$/.test(folded) ? LEX.DEMONYM : LEX.COUNTRY;
  if (isKnownPlaceName(folded)) bits |= LEX.PLACE;
  return bits;
}

/**
 * Class bits of a folded word from the country data: a country, a demonym or a known place.
 * @example countryHook()('روسيا') → LEX.COUNTRY
 * @example countryHook()('الروسية') → LEX.DEMONYM
 * @example countryHook()('القاهرة') → LEX.PLACE
 */
export function countryHook(): LexiconHook {
  return placeClasses;
}
