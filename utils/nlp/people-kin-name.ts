/**
 * Names the tagger leaves untagged after a kinship or companionship noun with a possessive
 * pronoun (ابنته دالما، وتساعده زوجته رلى، لصديقه سانشو): the noun announces a person, and the
 * name after it is one or two words of a foreign or a listed name (people-demonym.ts
 * foreignNameAt). A parent's noun is left out: after كان والدها comes a profession (صحافيا) as
 * often as a name; so are plurals (لأبنائهم منسوبي القوات).
 */
import { KIN_WITH_ANY_PRONOUN, KIN_WITH_PRONOUN } from './name-words';
import { nameAfterKinRepeated } from './people-kin-repeat';
import { foreignNameAt } from './people-demonym';
import type { BoundsContext } from './people-context';
import { foldedAt } from './people-word-table';

/**
 * The token range [i, j) of a name right after a kinship noun with a possessive pronoun, or null.
 * @example nameAfterKinNoun(ctx of 'ودافعت ابنته دالما عن والدتها', 2) → [2, 3]
 */
export function nameAfterKinNoun(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const noun = ctx.tokens[i - 1];
  if (i < 1 || covered[i] || noun?.kind !== 'word') return null;
  const f = foldedAt(ctx, i - 1);
  const foreign = KIN_WITH_PRONOUN.test(f) ? foreignNameAt(ctx, i, covered) : null;
  // ابنتهما نادية … وقالت نادية: else a name the page writes again (people-kin-repeat).
  return foreign ?? (KIN_WITH_ANY_PRONOUN.test(f) ? nameAfterKinRepeated(ctx, i, covered) : null);
}
