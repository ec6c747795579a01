/**
 * Names the tagger left untagged right after a word that announces a person: a nationality
 * adjective (المهاجم الهولندي روبن), a kinship noun (ابنته دالما), a profession noun, definite or
 * not (المدرب كانيدا), a rank (اللواء كامل الوزير), a definite title (الدكتورة موضي الخلف) or an
 * artist's noun (الفنانة أحلام), an envoy and where they serve (سفيرة الولايات المتحدة لدى الأمم
 * المتحدة سامنتا باور), a name in quotation marks after a definite title (الممثلة «ديمي مور»), a name after a word that
 * gives one (رجلا يدعى ساوتي كوما), a ruler's family name after his regime (قوات الأسد). Each cue has its own module; findPeopleSteps (people.ts) asks
 * this of every token.
 */
import type { BoundsContext } from './people-context';
import { foreignNameAfterDemonym } from './people-demonym';
import { nameAfterDefiniteProfession } from './people-definite-profession';
import { nameAfterKinNoun } from './people-kin-name';
import { nameAfterRank } from './people-rank-name';
import { nameAfterProfession } from './people-role-name';
import { nameAfterTitle } from './people-title-name';
import { nameAfterFigure } from './people-figure-name';
import { nameAfterEnvoy } from './people-envoy';
import { quotedNameAfterTitle } from './people-quoted-title-name';
import { nameAfterNaming } from './people-naming-verb';
import { nameAfterRegime } from './people-regime';

/**
 * The token range [i, j) of a name a cue word right before token i announces, or null.
 * @example cuedNameAt(ctx of 'ودافعت ابنته دالما عن والدتها', 2, covered) → [2, 3]
 */
export function cuedNameAt(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  // (a cheap look first: every cue's name opens with an uncovered word, and this runs for every token)
  if (covered[i] || ctx.tokens[i]?.kind !== 'word') return null;
  return foreignNameAfterDemonym(ctx, i, covered) ?? nameAfterKinNoun(ctx, i, covered) ?? nameAfterProfession(ctx, i, covered)
    ?? nameAfterDefiniteProfession(ctx, i, covered) ?? nameAfterRank(ctx, i, covered) ?? nameAfterTitle(ctx, i, covered)
    ?? nameAfterFigure(ctx, i, covered) ?? nameAfterEnvoy(ctx, i, covered) ?? quotedNameAfterTitle(ctx, i, covered) ?? nameAfterNaming(ctx, i, covered)
    ?? nameAfterRegime(ctx, i, covered);
}
