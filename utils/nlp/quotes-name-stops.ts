/**
 * Names that read as words ending a subject: علي (also "on" where a page writes على with ي),
 * آلان (folds to الان "now"), فان opening a Dutch name (also فإن "for indeed"). The subject of a
 * speech verb (quotes-subject.ts) runs on through them.
 */
import type { QuoteContext } from './quotes-context';
import { written } from './name-words';
import type { Token } from './tokenize';

/** Whether each text writes the preposition على with its final ى (so that علي is a name there). */
const writesAla = new WeakMap<QuoteContext, boolean>();

/**
 * The name علي inside a subject (الناطق باسم المقاومة علي الأحمدي) or before بن, on a page that
 * writes the preposition على with ى: there علي with ي is the name, not "on".
 * @example isNameAli(ctx of 'على الأرض … قال الناطق علي الأحمدي', token علي, true) → true
 */
export function isNameAli(ctx: QuoteContext, t: Token, named: boolean): boolean {
  if (!named || written(t.text) !== 'علي') return false;
  let known = writesAla.get(ctx);
  if (known === undefined) {
    known = /(?:^|[\s(«"])على(?=[\s،,.])/.test(ctx.text);
    writesAla.set(ctx, known);
  }
  return known;
}

/**
 * آلان (Alain, Alan) folds to الان "now", a word that ends a subject; the name is written with its
 * madda on the first letter (وقال آلان ستيرن), the adverb on the second (الآن).
 * @example isAlan('آلان') → true; isAlan('الآن') → false
 */
export const isAlan = (written: string): boolean => /^آلان$/.test(written.replace(/[\u064B-\u065F\u0640]/g, ''));

/**
 * فان "van" opening a Dutch name right after its verb (ويُضيف فان دن بيرج، وقال فان غال): written
 * without a hamza and before a word without the article; فإن never comes straight after a verb.
 * @example isVan(ctx of 'وقال فان غال', 2) → true
 */
export function isVan(ctx: QuoteContext, b: number): boolean {
  const next = ctx.tokens[b + 1];
  return (ctx.tokens[b] as Token).text === 'فان' && next?.kind === 'word' && !ctx.f(b + 1).startsWith('ال');
}
