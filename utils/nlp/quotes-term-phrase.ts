/**
 * A short construct phrase set off in marks where a noun or a preposition takes it as its
 * genitive (يضطلع بحل «مشكلة الميل الأخير»، حكم حول «عدم التدخل التجاري»، دعوته لتأسيس «دولة
 * الخلافة»): the name of a concept, a rule or a field, set
 * off as a term — even inside reported speech it is not, by itself, the speaker's wording.
 * Words said are a clause, an indefinite description or a phrase with a preposition
 * (قال إن الاتفاق «إهانة للشعب الأميركي»، حذر من «الغرق في الوحل الليبي»), and stay as they were.
 */
import type { QuoteContext } from './quotes-context';
import { isThat } from './quotes-speech';
import { quotedWords } from './quotes-shape';

/** One Arabic word, letters only (folded). */
const WORD = /^[\u0621-\u064A]+$/;
/**
 * A first word that is not a noun heading a phrase: a preposition with the article, or a
 * conjunction before one (not a noun that starts with و or ف: فكرة، وثيقة).
 */
const NOT_HEAD = /^(?:لل|بال|كال|[وف](?:ال|لل|بال))/;
/** Words before the marks that assert rather than take a genitive (folded; إن/أن and their forms are isThat's). */
const NOT_GENITIVE = new Set(['هو', 'هي', 'هم', 'وهو', 'وهي', 'كان', 'كانت', 'يكون', 'تكون', 'ليس', 'ليست']);

/**
 * True when the pair whose opening mark is token `open` holds 2–3 words making one construct
 * phrase (a head without ال, every word after it with ال) and the word right before the marks, in the same
 * paragraph, is a plain word that takes it as its genitive — not إن/أن, a colon, a copula.
 * @example isTermPhrase(ctx, i, t, [a, b]) for 'قال إن حكما صدر حول «عدم التدخل التجاري» في الفضاء' → true
 * @example isTermPhrase(ctx, i, t, [a, b]) for 'قال إن الاتفاق «إهانة للشعب الأميركي»' → false
 */
export function isTermPhrase(ctx: QuoteContext, open: number, text: string, span: [number, number]): boolean {
  const words = quotedWords(text, span[0], span[1]);
  if (words.length < 2 || words.length > 3 || open === 0 || ctx.breakBefore[open]) return false;
  const [head, ...rest] = words as [string, ...string[]];
  // A construct head (no ال: «دولة الخلافة»); a definite head with adjectives is as often a
  // speaker's description (فقد في هذه «الكارثة البحرية العظمى» زوجته).
  if (!WORD.test(head) || NOT_HEAD.test(head) || head.startsWith('ال') || head.length < 3) return false;
  if (!rest.every((w) => WORD.test(w) && w.startsWith('ال') && w.length > 3)) return false;
  const prev = ctx.f(open - 1);
  if (!WORD.test(prev) || isThat(prev) || NOT_GENITIVE.has(prev)) return false;
  // The mark must follow the word directly (a clitic glued to the mark, بـ«…», is another cue's business).
  const gap = text.slice(ctx.tokens[open - 1]!.end, ctx.tokens[open]!.start);
  return /^\s+$/.test(gap);
}
