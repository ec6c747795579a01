/**
 * A definite institution noun that completes a role (مدير المستشفى، رئيس الجامعة, "the director
 * of the hospital"): the name after it is the person who holds the role, in apposition, not the
 * institution's patron (مستشفى الملك فهد). people-institutions.ts asks this before it takes the
 * name for an institution's.
 */
import { foldArabic } from './normalize';
import { isTitleToken, type BoundsContext } from './people-context';

/**
 * Whether token j is an institution noun with the article, no clitic before it, right after a
 * title: the role's complement (مدير المستشفى محمد الخياط), so a name after it is a person.
 * @example completesRole(ctx of 'وأوضح مدير المستشفى محمد الخياط أن', 2) → true
 */
export function completesRole(ctx: BoundsContext, j: number): boolean {
  const t = ctx.tokens[j], title = ctx.tokens[j - 1];
  // بالمستشفى محمد: a preposition may put the place of a name that follows, not a role.
  return t?.kind === 'word' && foldArabic(t.text).startsWith('ال') && title?.kind === 'word' && isTitleToken(ctx, title);
}
