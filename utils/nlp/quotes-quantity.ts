/**
 * A subject that counts people before naming them (وقال عدد من المواطنين، يقول كثير من الخبراء،
 * ويرى العديد من المحللين): the quantity word alone names nobody, so the subject goes on through
 * من to the people counted, though من otherwise ends a subject (قال الوزير من جهته).
 */
import type { QuoteContext } from './quotes-context';

/** Words of quantity that take من and the people counted (folded). */
const QUANTITIES = new Set(['عدد', 'العديد', 'كثير', 'الكثير', 'مجموعة', 'عشرات', 'مئات', 'الاف', 'جملة', 'قلة', 'غالبية', 'اغلبية', 'معظم']);
/** Size adjectives a quantity word may carry before من (عدد كبير من، عدد قليل من). */
const SIZES = new Set(['كبير', 'قليل', 'محدود', 'ضخم', 'هائل', 'كبيرة']);

/**
 * Whether the من at token `b` continues the subject that starts at token `a`: the subject so far
 * is a quantity word (with a size adjective or not) and a word follows من.
 * @example countsThrough(ctx, a, b) for 'وقال عدد من المواطنين' with a on عدد and b on من → true
 * @example countsThrough(ctx, a, b) for 'وقال الوزير من جهته' with a on الوزير and b on من → false
 */
export function countsThrough(ctx: QuoteContext, a: number, b: number): boolean {
  if (ctx.f(b) !== 'من' || b <= a || b - a > 2 || !QUANTITIES.has(ctx.f(a))) return false;
  if (b - a === 2 && !SIZES.has(ctx.f(a + 1))) return false;
  return ctx.tokens[b + 1]?.kind === 'word' && !ctx.breakBefore[b + 1];
}

/**
 * Whether token `j` is a quantity word that counts what follows its من (وعدد من الدول الأخرى),
 * not the issue of a publication that heads a title (عدد «…» من المجلة): عدد is among the nouns
 * that introduce names, but with من after it it counts, and a pair after the counted words is no
 * title it heads (قال إن ما حدث في العراق وعدد من الدول الأخرى «شكل ذريعة …»).
 * @example isCounting(ctx, j) for 'وعدد من الدول' with j on وعدد → true
 */
export function isCounting(ctx: QuoteContext, j: number): boolean {
  return QUANTITIES.has(ctx.f(j).replace(/^[وف]/, '')) && ctx.f(j + 1) === 'من';
}
