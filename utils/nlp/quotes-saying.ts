/**
 * Proverbs, maxims and sayings in marks (ويقول المثل: «…»، جاء في الأثر «…»، قاعدة تفيد بأن «…»):
 * words nobody in the article says, so not quotations (rule 8 of the quotation gold), even
 * when a speech verb introduces them.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';

/**
 * Nouns for a saying with no speaker (folded, clitics و ف ب ل taken off). Not مقولته "his saying",
 * nor an indefinite مقولة / حكمة, which a name may follow as its author (مقولة ديفيد بن غوريون «…»).
 */
const SAYINGS = new Set(['المثل', 'مثل شعبي', 'الامثال', 'الاثر', 'المقولة', 'الحكمة', 'قاعدة', 'الماثور', 'القول الماثور']);
/** Tokens between the saying noun and the opening mark (المثل المصري الشعبي: «…»). */
const REACH = 4;

/**
 * True when a saying noun stands just before the pair whose opening mark is token `open`, in
 * its sentence (ويقول المثل الشعبي: «…»، عملًا بالمقولة «…»، وقد جاء في الأثر «…»).
 * @example isSaying(ctx, i) for 'ويقول المثل المصري: «إديها ميه تديك طراوه»' → true
 * @example isSaying(ctx, i) for 'واشتهرت مقولته: «أنا ترعرعت في البادية»' → false
 */
export function isSaying(ctx: QuoteContext, open: number): boolean {
  for (let k = open - 1; k >= 0 && open - k <= REACH + 1; k--) {
    if (ctx.pairStart.has(k) || (isSentenceEnd(ctx, k) && !(k === open - 1 && ctx.f(k) === ':'))) return false;
    const f = ctx.f(k);
    const bare = f.replace(/^[وف]?[بل]?/, '');
    if (SAYINGS.has(f) || SAYINGS.has(bare) || SAYINGS.has(`${bare} ${ctx.f(k + 1)}`)) return true;
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
