/**
 * The hook through which the country matcher's data become tagger features (country names,
 * demonyms, known places). Training and run time both read it, so switching it on means
 * retraining (`npm run train:ner`).
 */
import type { LexiconHook } from './lexicon';

/**
 * Class bits of a folded word from the country data, or undefined while it is not wired in.
 * @example countryHook()?.('روسيا') → LEX.COUNTRY once wired in
 */
export function countryHook(): LexiconHook | undefined {
  return undefined;
}
