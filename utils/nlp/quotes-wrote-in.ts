/**
 * Bare كتب is as often the noun "books" as the verb "wrote", so it is a weak speech word; followed
 * by في/على/عبر and the place where one writes (كتب في صفحته، كتب على حسابه، كتب في مقاله) it is
 * the verb, and what it reports is the writer's: كتب في صفحته على فيسبوك أنه يريد «الرحيل قريبا».
 */
import type { QuoteContext } from './quotes-context';

/** The bare (folded) past كتب, with و/ف. */
const WROTE = /^[وف]?كتب$/;
/** Prepositions before the place written in. */
const ON = new Set(['في', 'علي', 'عبر']);
/** Where one writes (folded, without a leading ال): a page, an account, a column, a post. */
const PLACE = /^(?:ال)?(?:صفح|حساب|مدون|تغريد|مقال|عمود|زاوي|رسال|منشور|تدوين|موقع)(?:ه|ة|ته|تها|ها|هم|اته|اتها)?$/;

/**
 * True when the weak speech word at token `at` is كتب followed by في/على/عبر and a place one writes in.
 * @example isWroteIn(ctx, 0) for 'كتب في صفحته أنه …' → true
 * @example isWroteIn(ctx, 0) for 'كتب في التاريخ' → false
 */
export function isWroteIn(ctx: QuoteContext, at: number): boolean {
  if (!WROTE.test(ctx.f(at))) return false;
  if (!ON.has(ctx.f(at + 1)) || ctx.breakBefore[at + 1] || ctx.breakBefore[at + 2]) return false;
  return PLACE.test(ctx.f(at + 2));
}
