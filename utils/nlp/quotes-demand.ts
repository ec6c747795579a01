/**
 * What a call or a demand asks for, set off in marks: دعت طهران إلى «اقتناص هذه الفرصة»، يطالب
 * إيران بـ«التعاون التام». The words after إلى / على / بـ that دعا، طالب، حث، ناشد govern are the
 * caller's own (hard case 1 of the quotation gold: حض الفصائل إلى "ضبط النفس."), however short.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isBarePlace } from './quotes-object-cut';
import type { Speaker } from './quotes-speaker';
import type { SpeechWord } from './quotes-speech';
import type { Token } from './tokenize';

/** Forms of دعا، طالب، حث، حض، ناشد (folded; past, present, participle, with an object pronoun or not). */
const DEMAND = /^[وف]?(?:[يتن]?دع(?:ا|ت|وا|و|ون|ان)|داعي(?:ا|ة|ين)|[يتن]?طالب(?:ت|وا|ون|ان)?|مطالب(?:ا|ة|ين)|[يتن]?(?:حث|حض)(?:ت|وا|ون|ان)?|حاث(?:ا|ة)|[يتن]?ناشد(?:ت|وا|ون|ان)?|مناشد(?:ا|ة|ين))(?:ه|ها|هم|هما)?$/;
/** The prepositions that take what is asked for (folded): إلى، على، بـ. */
const TAKES = new Set(['الي', 'علي', 'ب']);
/** Tokens between the demand verb and its preposition (دعت الولايات المتحدة الثلاثاء الماضي رعاياها … إلى). */
const REACH = 12;

/** Characters back to a speaker phrase (no person entity) that the call verb may go on with: the sentence before. */
const NEAR_SPEAKER = 200;

/**
 * The woman whose words the sentence before gave, when the subject read after a feminine call
 * verb is a bare place that the preposition of the call follows (وقالت السفيرة سامنتا باور إن «…».
 * ودعت طهران إلى «…»): she called on the place, which is the object, not the caller; `last` is the
 * latest speaker whose verb was feminine, asked for only when the verb `word` at `at` is. Null
 * otherwise (ودعت فرنسا إلى … after no woman's words).
 * @example calledPlaceBy(ctx, at, word, range, () => last) for 'ودعت طهران إلى «…»' after 'وقالت سامنتا باور …' → last
 */
export function calledPlaceBy(ctx: QuoteContext, at: number, word: SpeechWord, [a, b]: [number, number], lastFeminine: () => Speaker | null): Speaker | null {
  if (word.agrees !== 'f' || b !== a + 1 || a !== at + 1 || !TAKES.has(ctx.f(b)) || !DEMAND.test(ctx.f(at)) || !isBarePlace(ctx.f(a), ctx.tokens[a]?.text ?? '')) return null;
  const last = lastFeminine();
  // (a person the recogniser named, or whoever spoke in the sentence right before)
  return last && (last.entity || (ctx.tokens[at] as Token).start - last.start <= NEAR_SPEAKER) ? last : null;
}

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
