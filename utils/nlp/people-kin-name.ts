/**
 * Names the tagger leaves untagged after a kinship or companionship noun with a possessive
 * pronoun (ابنته دالما، وتساعده زوجته رلى، لصديقه سانشو): the noun announces a person, and the
 * name after it is one or two words of a foreign or a listed name (people-demonym.ts
 * foreignNameAt). A parent's noun is left out: after كان والدها comes a profession (صحافيا) as
 * often as a name; so are plurals (لأبنائهم منسوبي القوات).
 */
import { foldArabic } from './normalize';
import { foreignNameAt } from './people-demonym';
import type { BoundsContext } from './people-context';

/**
 * A singular kinship or companionship noun (folded, ة written ت before the pronoun), or the dual
 * ابنتي/ابني, with a conjunction or a preposition before it and a possessive pronoun after it.
 */
const KIN_WITH_PRONOUN = /^[وف]?[بل]?(ابن|ابنت|ابنتي|ابني|بنت|زوج|زوجت|شقيق|شقيقت|نجل|نجلت|حفيد|حفيدت|اخ|اخت|صديق|صديقت|زميل|زميلت|خطيب|خطيبت|طفل|طفلت)(ه|ها|هم|هما)$/;

/**
 * The token range [i, j) of a name right after a kinship noun with a possessive pronoun, or null.
 * @example nameAfterKinNoun(ctx of 'ودافعت ابنته دالما عن والدتها', 2) → [2, 3]
 */
export function nameAfterKinNoun(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const noun = ctx.tokens[i - 1];
  if (i < 1 || covered[i] || noun?.kind !== 'word' || !KIN_WITH_PRONOUN.test(foldArabic(noun.text))) return null;
  return foreignNameAt(ctx, i, covered);
}
