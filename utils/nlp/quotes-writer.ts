/**
 * The writer's own words: a quotation introduced in the first person (فقلت: «…»، فكان جوابي:
 * «…»، أقول لكم: «…») is what the article's author said, and the article does not name them
 * (the quotation gold's rule 7: the speaker is null).
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';

/**
 * First-person speech words, folded, without و/ف: verbs whose form is first person only (قلت
 * "I said"; she said is قالت) and speech nouns with the first-person pronoun (جوابي "my answer").
 * Not كتبت، سألت: they read as "she wrote", "she asked" as well.
 */
const FIRST_PERSON = new Set(['قلت', 'اقول', 'اجبت', 'اضفت', 'رددت', 'جوابي', 'اجابتي', 'ردي', 'قولي', 'تعليقي']);

/** Tokens before an opening mark looked at for the first-person word that introduces it. */
const WRITER_REACH = 4;

/** Whether the folded word is a first-person speech word (فقلت، أقول، وجوابي). */
export function isFirstPersonSpeech(f: string): boolean {
  return FIRST_PERSON.has(f) || (/^[وف]/.test(f) && FIRST_PERSON.has(f.slice(1)));
}

/**
 * Whether a first-person speech word stands a few words before the opening mark at token
 * `open`, in its sentence: the writer speaks.
 * @example isWriterSpeaking(ctx, open) for 'فكان جوابي: «نعم هذا طبيعي»' (open on «) → true
 * @example isWriterSpeaking(ctx, open) for 'فقالت: «نعم»' → false
 */
export function isWriterSpeaking(ctx: QuoteContext, open: number): boolean {
  for (let k = open - 1; k >= 0 && open - k <= WRITER_REACH && !ctx.breakBefore[k + 1] && !isSentenceEnd(ctx, k); k--) {
    if (ctx.pairStart.has(k)) return false;
    if (isFirstPersonSpeech(ctx.f(k))) return true;
  }
  return false;
}

/** A past verb as the writer's "I …" is written, the same as "she …" (كتبت، ذكرت؛ not تقول، نقول), folded, و/ف allowed before it. */
const PAST_IN_T = /^[وف]?[^يتن\s]\S{2,}ت$/;
/** The writer speaking of themself (أنني، إنني، لأنني، من وجهة نظري). */
const WRITER_SELF = /(?:^|\s)[وف]?(?:ل?[أإا]نني|نظري)(?=[\s.,،]|$)/;
/** Characters before a quotation looked at for the writer speaking of themself. */
const SELF_REACH = 400;

/**
 * Whether the speech verb at token `verb` is the writer's "I …" rather than "she …": a past form
 * that reads both ways (كتبت "I wrote" or "she wrote"), with the writer speaking of themself in
 * the first person shortly before offset `at` (من وجهة نظري المتواضعة أنني حذرت … وكتبت أيضاً
 * "إن من الحب ما قتل"). Asked only when no woman spoke before it for "she" to go on with.
 * @example isWritersPast(ctx, verb, at) for 'من وجهة نظري أنني حذرت منه.. وكتبت أيضاً "…"' (verb on وكتبت) → true
 */
export function isWritersPast(ctx: QuoteContext, verb: number, at: number): boolean {
  return PAST_IN_T.test(ctx.f(verb)) && WRITER_SELF.test(ctx.text.slice(Math.max(0, at - SELF_REACH), at));
}
