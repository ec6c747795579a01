/**
 * «…» بحسب تعبيره، «…» للمصابين على حد وصفه: the text says outright that the words in marks are
 * the speaker's own wording, however short they are.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isThat } from './quotes-speech';

/** The source words of the formula (folded): بحسب، حسب، وفق، وفقا … تعبيره; على حد … وصفه. */
const ACCORDING = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا']);
/** Nouns for a wording, with the pronoun of whose it is (folded). */
const WORDING = /^ل?(?:تعبير|قول|وصف|كلام|عبار)(?:ه|ها|هم|هما)$/;
/** لأنه، لأنها …: a clause of its own, which the formula after it belongs to (روايته «…» لأنها، حسب قولها، …). */
const BECAUSE = /^[وف]?لان(?:ه|ها|هم|هما|ني|نا)?$/;
/** Tokens between the closing mark and the formula (الدقائق «الذهبية» للمصابين على حد وصفه). */
const REACH = 4;

/**
 * True when "in their words" follows the pair whose closing mark is token `close`, in its sentence.
 * @example isTheirWording(ctx, i) for '«لا تقنع حتى أصحابها»، بحسب تعبيره.' → true
 * @example isTheirWording(ctx, i) for '«الهلال» بحسب الصحيفة' → false
 */
export function isTheirWording(ctx: QuoteContext, close: number): boolean {
  for (let k = close + 1; k < ctx.tokens.length && k - close <= REACH + 1; k++) {
    if (ctx.breakBefore[k] || ctx.pairEnd.has(k) || isSentenceEnd(ctx, k)) return false;
    const f = ctx.f(k);
    if (isThat(f) || BECAUSE.test(f)) return false;
    const at = f === 'علي' && ctx.f(k + 1) === 'حد' ? k + 1 : ACCORDING.has(f) ? k : -1;
    if (at >= 0 && WORDING.test(ctx.f(at + 1))) return true;
  }
  return false;
}
