/**
 * Chants and slogans named with whose they are (تخللته هتافات المصلين «الموت لأمريكا»، يرى على
 * الشاشة شعارات الحوثيين «…»): the owner after the noun chanted the words, whoever the sentence's
 * verb has speaking; the next item of the list («…» و«…») is theirs too.
 */
import type { QuoteContext } from './quotes-context';
import type { Cues } from './quotes-cues';

/** Nouns of chanting and slogans (folded, with و/ف allowed). */
const CHANTS = /^[وف]?(?:هتافات|هتاف|صيحات|صرخات|شعارات|شعار)$/;
/** The most words the owner may run to (هتافات المصلين، شعارات أنصار الحزب الحاكم). */
const OWNER_WORDS = 3;

/** The owner range [a, b) between a chant noun and the opening mark `open`, or null. */
function ownerBefore(ctx: QuoteContext, open: number): [number, number] | null {
  for (let a = open - 1; a >= 0 && open - a <= OWNER_WORDS; a--) {
    if (ctx.tokens[a]?.kind !== 'word' || ctx.breakBefore[a + 1]) return null;
    // (the owner is definite: هتافات المصلين; شعار «…» alone names no one)
    if (CHANTS.test(ctx.f(a - 1)) && ctx.f(a).startsWith('ال')) return [a, open];
  }
  return null;
}

/**
 * The token range of whose chant the pair is: the definite phrase between a chant noun and its
 * opening mark, or that of the pair it is listed after; null otherwise.
 * @example chantOwner(ctx, cues) for 'وتخللته هتافات المصلين «الموت لأمريكا»' → the range of المصلين
 */
export function chantOwner(ctx: QuoteContext, c: Cues): [number, number] | null {
  const own = ownerBefore(ctx, c.open);
  if (own) return own;
  const before = c.listedTo >= 0 ? ctx.pairStart.get(c.listedTo) : undefined;
  return before !== undefined ? ownerBefore(ctx, before) : null;
}
