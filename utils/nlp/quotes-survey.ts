/**
 * A survey's answers: a share of the people asked describes something with a word set off in
 * marks (ويصف 47 في المائة شبكاتهم بأنها آمنة «جدا»، يصف نصف (51 في المائة) المستطلعين الخدمة بأنها
 * «ممتازة»).
 * The word is an option of the questionnaire that a figure of respondents chose, not words
 * anyone said; the gold's rules count such answers as non-quotations.
 */
import type { QuoteContext } from './quotes-context';
import { isThat } from './quotes-speech';

/** How many tokens after the speech verb the share may start (ما يزيد على نصف، أكثر من ثلث). */
const SHARE_START = 4;
/** How many tokens after the speech verb its percentage may end (نصف (51.5 في المائة)). */
const SHARE_END = 7;
/** Fractions that open a share (folded). */
const FRACTIONS = new Set(['نصف', 'ثلث', 'ربع', 'خمس', 'ثلثي', 'ثلثا']);
/** Words that make the figure a percentage (folded). */
const PERCENT = new Set(['المائة', 'المئة', 'بالمائة', 'بالمئة', '%', 'بالمية']);

/**
 * True when the speech verb at token `verb` has for its subject a share of people given as a
 * percentage (ويصف 47.1 في المائة …، ويصف ما يزيد على نصف (51.5 في المائة) المستجيبين …).
 * @example isSurveyShare(ctx, 0, 9) for 'ويصف 47 في المائة شبكاتهم بأنها آمنة «جدا»' → true
 * @example isSurveyShare(ctx, 0, 4) for 'ويصف الوزير الوضع بأنه «صعب»' → false
 */
export function isSurveyShare(ctx: QuoteContext, verb: number, open: number): boolean {
  let share = false;
  for (let k = verb + 1; k < open && k <= verb + SHARE_END; k++) {
    const f = ctx.f(k);
    // (وقال الوزير إن 40 في المائة …: a share after إن/أن is the reported clause's, not the verb's subject)
    if (isThat(f)) return false;
    if (k <= verb + SHARE_START && (/^\d/.test(f) || FRACTIONS.has(f))) share = true;
    if (share && (PERCENT.has(f) || f.endsWith('%'))) return true;
  }
  return false;
}
