/**
 * بين without its shadda is the verb بيّن when it opens its clause and a definite role noun
 * follows as its subject (. وبين الناطق الإعلامي لصحة مكة عبدالوهاب شلبي بأن …؛ وفي الشأن ذاته
 * بين القيادي في الاتحاد الوطني الكردستاني، فريد أسسرد: «…»; كما بين الدكتور طاهر أن …): the
 * preposition "between" follows the noun it relates (العلاقة بين المالك والمستأجر، بخلافات بين
 * المدرب …), it does not open a sentence before a role.
 */
import { beforeComma, opensSentence, type QuoteContext } from './quotes-context';
import { isRoleWord } from './quotes-roles';

/** "As well", before a verb that adds to what was said (كما بين). */
const AS_WELL = new Set(['كما', 'وكما']);
/** Words that close a fronted "on the same matter" (وفي الشأن ذاته، في السياق نفسه), folded. */
const SAME = new Set(['ذاته', 'ذاتها', 'نفسه', 'نفسها']);

/**
 * Whether token i opens its clause: at a sentence start, after كما, or after a fronted في X ذاته
 * (a comma after it allowed) that opens the sentence.
 */
function opensClause(ctx: QuoteContext, i: number): boolean {
  if (opensSentence(ctx, i) || AS_WELL.has(ctx.f(i - 1))) return true;
  const j = beforeComma(ctx, i);
  return j >= 2 && SAME.has(ctx.f(j)) && /^[وف]?في$/.test(ctx.f(j - 2)) && opensSentence(ctx, j - 2);
}

/**
 * Whether the word at token i (بين as quotes-explained reads it) opens its clause before a
 * definite role noun, and so is the verb بيّن.
 * @example opensClauseBeforeRole(ctx, i) for '. وبين المتحدث الإعلامي أن' (i on وبين) → true
 * @example opensClauseBeforeRole(ctx, i) for 'العلاقة بين المالك والمستأجر' (i on بين) → false
 */
export function opensClauseBeforeRole(ctx: QuoteContext, i: number): boolean {
  const next = ctx.f(i + 1);
  return next.startsWith('ال') && isRoleWord(next) && opensClause(ctx, i);
}
