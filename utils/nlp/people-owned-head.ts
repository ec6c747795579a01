/**
 * A common noun with a possessive pronoun at the head of a longer span (زميلي جو "my colleague
 * Joe", وكاتبه محمد أمين "and its writer Mohammed Amin", إحساسي بالجميل "my sense of gratitude"):
 * the noun introduces the person or is no name at all, so it is trimmed off the name's start.
 * Only a rare word form the corpora give no cluster to: a frequent word (دوري "league", also
 * the given name of دوري جولد) is left to the tagger.
 */
import { foldArabic } from './normalize';
import { isOwnedNoun } from './people-owned-noun';
import type { BoundsContext } from './people-context';

/**
 * Whether token i is a rare common noun with a possessive pronoun (people-owned-noun.ts).
 * @example isOwnedNounHead(ctx of 'ويقترح زميلي جون سميث', 1) → true
 */
export function isOwnedNounHead(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return false;
  const f = foldArabic(t.text);
  return !ctx.clusterOf?.(f) && isOwnedNoun(ctx, f);
}
