/**
 * بين without its shadda is the verb بيّن when it opens its clause and a definite role noun
 * follows as its subject (. وبين الناطق الإعلامي لصحة مكة عبدالوهاب شلبي بأن …؛ وفي الشأن ذاته
 * بين القيادي في الاتحاد الوطني الكردستاني، فريد أسسرد: «…»; كما بين الدكتور طاهر أن …): the
 * preposition "between" follows the noun it relates (العلاقة بين المالك والمستأجر، بخلافات بين
 * المدرب …), it does not open a sentence before a role.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isRoleWord } from './quotes-roles';

/** بين، وبين، بينت, folded: the verb's forms that fold like the preposition; group 1 is the feminine ت. */
const BAYYANA = /^[وف]?بين(ت?)$/;
/** "As well", before a verb that adds to what was said (كما بين). */
const AS_WELL = new Set(['كما', 'وكما']);
/** Words that close a fronted "on the same matter" (وفي الشأن ذاته، في السياق نفسه), folded. */
const SAME = new Set(['ذاته', 'ذاتها', 'نفسه', 'نفسها']);

/** Whether token k opens a sentence (the text's start, a sentence end or a paragraph break before it). */
const opensSentence = (ctx: QuoteContext, k: number): boolean => k === 0 || ctx.breakBefore[k] === true || isSentenceEnd(ctx, k - 1);

/**
 * Whether token i opens its clause: at a sentence start, after كما, or after a fronted في X ذاته
 * (a comma after it allowed) that opens the sentence.
 */
function opensClause(ctx: QuoteContext, i: number): boolean {
  if (opensSentence(ctx, i) || AS_WELL.has(ctx.f(i - 1))) return true;
  const j = ctx.f(i - 1) === '،' ? i - 2 : i - 1;
  return j >= 2 && SAME.has(ctx.f(j)) && /^[وف]?في$/.test(ctx.f(j - 2)) && opensSentence(ctx, j - 2);
}

/**
 * The agreement of بيّن at token i when it opens its clause before a definite role noun ('m' or
 * 'f'); undefined otherwise.
 * @example bayyanaBeforeRole(ctx, i) for '. وبين المتحدث الإعلامي أن' (i on وبين) → 'm'
 * @example bayyanaBeforeRole(ctx, i) for 'العلاقة بين المالك والمستأجر' (i on بين) → undefined
 */
export function bayyanaBeforeRole(ctx: QuoteContext, i: number): 'm' | 'f' | undefined {
  const m = BAYYANA.exec(ctx.f(i));
  const next = ctx.f(i + 1);
  if (!m || !next.startsWith('ال') || !isRoleWord(next) || !opensClause(ctx, i)) return undefined;
  return m[1] ? 'f' : 'm';
}
