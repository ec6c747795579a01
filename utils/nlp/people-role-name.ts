/**
 * Names the tagger leaves untagged right after a sports or arts profession in construct with the
 * team it serves (مدرب الفريق كانيدا، مهاجم الفريق مختار): the phrase stands for one person, whose
 * name follows in apposition; foreign and one-word names are common there. The name is one or two
 * words taken by the test of people-demonym.ts (foreignNameAt). A profession alone is left out:
 * without the article an adjective follows it (رسام ماهر، لاعب شرس), and with it a time word or a
 * phrase as often as a name (وصول المدرب صباح يوم الأربعاء، اللاعب بهذي الطريقة).
 */
import { foreignNameAt } from './people-demonym';
import type { BoundsContext } from './people-context';
import { foldedAt } from './people-word-table';

/** Profession nouns (folded, bare) that a name follows in apposition. */
const PROFESSIONS = 'مدرب|مهاجم|مدافع|حارس|لاعب|لاعبه|محترف|هداف|مصمم|مصممه|مخرج|مخرجه|ممثل|ممثله|فنان|فنانه|مطرب|مطربه|مغني|مغنيه|صحافي|صحافيه|روائي|روائيه';
/** A profession without the article, before the team it serves (مدرب الفريق، مهاجم المنتخب). */
const BARE = new RegExp(`^[وف]?(${PROFESSIONS})$`);
const TEAMS = new Set(['الفريق', 'المنتخب']);

/**
 * The token range [i, j) of a name right after a profession and its team, or null.
 * @example nameAfterProfession(ctx of 'وساعدني مدرب الفريق كاريلو، ومساعدوه', 3) → [3, 4]
 */
export function nameAfterProfession(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const { tokens } = ctx;
  const prev = tokens[i - 1];
  if (i < 1 || covered[i] || prev?.kind !== 'word') return null;
  const p = foldedAt(ctx, i - 1), noun = tokens[i - 2];
  const announced = TEAMS.has(p) && noun?.kind === 'word' && BARE.test(foldedAt(ctx, i - 2));
  return announced ? foreignNameAt(ctx, i, covered) : null;
}
