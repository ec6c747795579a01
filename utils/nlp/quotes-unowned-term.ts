/**
 * A few words in marks that no one is found to have said, and that nothing around them
 * introduces as speech, are a term the writer sets off, not a quotation: يقول الكاتب إن جريمة
 * «قتل الحارس» هزت البلدة، فلفظة «تَهْرِيج» فصيحة. Short quotations that are words said have a
 * cue of their own: a colon (فقالت: «نعم»), a label or a call (وصفه بـ«…»، دعا إلى «…»), a shout (هتف «الله أكبر»), an
 * attribution after them, a clause or a call in the words (قد زادت من …، يا …), a list of
 * quotations, the writer's own first person (فقلت «أبدا»); or the attribution finds their
 * speaker, which the caller checks first.
 */
import type { QuoteContext } from './quotes-context';
import type { Cues } from './quotes-cues';
import { isWriterSpeaking } from './quotes-writer';

/** Longest term, in words; a longer phrase in marks reads as words said more often than not. */
const MAX_TERM_WORDS = 4;

/**
 * True when the short pair with cues `c`, whose speaker was not found, is only a term.
 * @example isUnownedTerm(ctx, cuesOf(…'فلفظة «تَهْرِيج» فصيحة'…), false) → true
 * @example isUnownedTerm(ctx, cuesOf(…'فقالت: «نعم»'…), false) → false
 */
export function isUnownedTerm(ctx: QuoteContext, c: Cues, chained: boolean): boolean {
  if (c.words > MAX_TERM_WORDS || chained) return false;
  return !c.colon && !c.label && !c.demanded && !c.shouted && !c.wording && !c.after && !c.clauseLike && !c.fragment && !isWriterSpeaking(ctx, c.open);
}
