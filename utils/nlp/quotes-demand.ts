/**
 * What a call or a demand asks for, set off in marks: دعت طهران إلى «اقتناص هذه الفرصة»، يطالب
 * إيران بـ«التعاون التام». The words after إلى / على / بـ that دعا، طالب، حث، ناشد govern are the
 * caller's own (hard case 1 of the quotation gold: حض الفصائل إلى "ضبط النفس."), however short.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';

/** Forms of دعا، طالب، حث، حض، ناشد (folded; past, present, participle, with an object pronoun or not). */
const DEMAND = /^[وف]?(?:[يتن]?دع(?:ا|ت|وا|و|ون|ان)|داعي(?:ا|ة|ين)|[يتن]?طالب(?:ت|وا|ون|ان)?|مطالب(?:ا|ة|ين)|[يتن]?(?:حث|حض)(?:ت|وا|ون|ان)?|حاث(?:ا|ة)|[يتن]?ناشد(?:ت|وا|ون|ان)?|مناشد(?:ا|ة|ين))(?:ه|ها|هم|هما)?$/;
/** The prepositions that take what is asked for (folded): إلى، على، بـ. */
const TAKES = new Set(['الي', 'علي', 'ب']);
/** Tokens between the demand verb and its preposition (دعت الولايات المتحدة الثلاثاء الماضي رعاياها … إلى). */
const REACH = 12;

/**
 * True when the pair whose opening mark is token `open` is what a call or demand in its sentence asks for.
 * @example isDemanded(ctx, i) for 'ودعت طهران إلى «اقتناص هذه الفرصة»' → true
 * @example isDemanded(ctx, i) for 'وسافر الوفد إلى «جنيف»' → false
 */
export function isDemanded(ctx: QuoteContext, open: number): boolean {
  const prep = open - 1;
  if (prep < 1 || ctx.breakBefore[open] || !TAKES.has(ctx.f(prep))) return false;
  for (let k = prep - 1; k >= 0 && prep - k <= REACH; k--) {
    if (ctx.pairStart.has(k) || isSentenceEnd(ctx, k)) return false;
    if (ctx.tokens[k]?.kind === 'word' && DEMAND.test(ctx.f(k))) return true;
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
