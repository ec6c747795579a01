/**
 * A speech verb with the one spoken to as a pronoun right before the marks: فقلت له «يعني إيه»،
 * قالت لي «انبسطت يا تونة؟»، يقول لهم «إذا كنتم …». Told to someone, with nothing else between,
 * the words in marks are what was said to them, as after a colon; even a verb that is weak on its
 * own (قلت is as often the writer's "I said" of a column, زاد "increased") introduces direct speech
 * there.
 */
import { ADDRESSED } from './quotes-addressed';
import type { QuoteContext } from './quotes-context';

/** Pronouns with ل of those spoken to (folded): those of quotes-addressed, and لك، لكم. */
const TOLD = new Set([...ADDRESSED, 'لك', 'لكم']);

/**
 * True when the speech verb at token `verb` is followed only by the pronoun of the one spoken to
 * before the opening mark at token `open`.
 * @example isToldDirectly(ctx, 0, 2) for 'فقلت له «يعني إيه»' → true
 * @example isToldDirectly(ctx, 0, 3) for 'قلت له أمس «…»' → false
 */
export function isToldDirectly(ctx: QuoteContext, verb: number, open: number): boolean {
  return verb === open - 2 && !ctx.breakBefore[open] && !ctx.breakBefore[open - 1] && TOLD.has(ctx.f(open - 1));
}
