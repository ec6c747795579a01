/**
 * The speaker named right after a quotation as whose words they are (…«…»، على حد تعبير الخبير
 * الاقتصادي الصادق جبنون؛ …«…»، كما يقول أحد الناشطين): an explicit attribution that outranks
 * a verb read before the quotation, whose subject may be someone else.
 */
import type { QuoteContext } from './quotes-context';
import type { Cues } from './quotes-cues';
import { subjectAfter } from './quotes-subject';

/** Nouns of على حد …: "in the words of" (folded). */
const IN_WORDS = new Set(['قول', 'تعبير', 'وصف', 'رواية']);
/** Verbs of saying after كما (folded): not كما يدعو "as it also calls on", whose object follows it. */
const SAYING = new Set(['قال', 'قالت', 'يقول', 'تقول', 'ذكر', 'ذكرت', 'يذكر', 'تذكر', 'وصف', 'وصفت', 'يصف', 'تصف', 'عبر', 'عبرت', 'يعبر', 'تعبر', 'اوضح', 'اوضحت', 'يوضح', 'توضح', 'روي', 'يروي', 'تروي']);
/** How many tokens past the cue the speaker may run. */
const REACH = 14;

/** Where the attribution after a quotation names its speaker: the verb after كما, or the subject after على حد قول. */
export type AsSaid = { verb: NonNullable<Cues['after']> } | { range: [number, number]; limit: number };

/**
 * The explicit attribution right after the quotation, if any: كما يقول/قال with a subject of its
 * own, or على حد قول/تعبير with a name after it (not على حد قوله: a pronoun names nobody here).
 * @example asSaidAfter(ctx, cues) for '«…»، على حد تعبير الخبير الصادق جبنون.' → { range: the tokens of 'الخبير الصادق جبنون', … }
 */
export function asSaidAfter(ctx: QuoteContext, c: Cues): AsSaid | null {
  const after = c.after;
  if (!after) return null;
  const limit = Math.min(ctx.tokens.length, after.at + REACH);
  if (SAYING.has(ctx.f(after.at)) && (/^(?:كما|مثلما)$/.test(ctx.f(after.at - 1)) || isThisIsWhat(ctx, after.at))) {
    return subjectAfter(ctx, after.at + 1, limit) ? { verb: after } : null;
  }
  if (ctx.f(after.at) !== 'حد' || !IN_WORDS.has(ctx.f(after.at + 1))) return null;
  const range = subjectAfter(ctx, after.at + 2, limit, true);
  return range ? { range, limit } : null;
}

/** "As", "thus" before a verb after the words (folded): «…»، كما يقول; «…»، هكذا تحدث المؤسس. */
export const AS = /^(?:كما|مثلما|هكذا)$/;

/** Nouns of a saying (folded): «…»، كما يقول المثل names no speaker. */
const SAYING_NOUNS = /^(?:ال)?(?:مثل|قول|مقولة|حكمة|شاعر)$/;

/**
 * True when the verb at `at`, after a quotation, follows كما/مثلما/هكذا: the words are as its
 * subject said them («…»، كما يقول «جديدي»; «…»؛ هكذا يقول الرئيس), not a proverb (كما يقول المثل).
 * @example isAsCue(ctx, i) for '«كالنار في الهشيم»، كما يقول جديدي' at يقول → true
 */
export function isAsCue(ctx: QuoteContext, at: number): boolean {
  return AS.test(ctx.f(at - 1)) && !SAYING_NOUNS.test(ctx.f(at + 1));
}

/** هذا/ذلك before ما (folded): «…» هذا ما يقوله فلان, "this is what X says". */
const THIS = new Set(['هذا', 'ذلك', 'هذه', 'تلك']);

/**
 * True when the verb at `at`, after a quotation, follows هذا ما / ذلك ما: the words are what its
 * subject says («…» هذا ما يقوله صاحب الفكرة سامر).
 * @example isThisIsWhat(ctx, i) for '«…» هذا ما يقوله سامر' at يقوله → true
 */
export function isThisIsWhat(ctx: QuoteContext, at: number): boolean {
  return ctx.f(at - 1) === 'ما' && THIS.has(ctx.f(at - 2));
}
