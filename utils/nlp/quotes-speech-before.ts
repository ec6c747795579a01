/**
 * The speech word before a pair of marks, in its sentence (quotes-cues): the first one met
 * walking back (قال، بيان، حسب …) and the verb that introduces the words, which may stand farther
 * back than a source set off inside the clause or a verb that only carries a statement.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { ELLIPSIS_REACH, isEllipsisLead } from './quotes-ellipsis-lead';
import { speechWord, type SpeechWord } from './quotes-speech';
import { carrierSource, isAside, isCameIn, speechAt } from './quotes-speech-at';
import { isIndefiniteDocument } from './quotes-issuer';

/** How far back (in tokens) a speech verb may introduce a quotation in the same sentence. */
export const LEFT_REACH = 40;

/** A speech word and its token. */
export interface SpeechAt { at: number; word: SpeechWord }

/**
 * The speech word nearest before token `prev` + 1 (`speech`) and the verb or source that
 * introduces the words (`verb`), within LEFT_REACH tokens of the sentence (farther after a ".."
 * leading into the words); none when the pair opens a paragraph (`inParagraph` false).
 * @example speechBefore(ctx, i, true) for 'وقال الوزير في بيان: «…»' → { speech: { at: 0 (قال) … }, verb: { at: 0 … } }
 */
export function speechBefore(ctx: QuoteContext, prev: number, inParagraph: boolean): { speech: SpeechAt | null; verb: SpeechAt | null } {
  let speech: SpeechAt | null = null;
  let verb: SpeechAt | null = null;
  // A source set off inside the clause (يقول الناطق - حسب الوكالة - إن «…») names where the words
  // were read; the verb before it, if any, says who said them.
  let aside: SpeechAt | null = null;
  // (farther after the ".." that leads into the words: … منذ نحو سنتين.. «…», quotes-ellipsis-lead)
  const reach = inParagraph && isEllipsisLead(ctx, prev) ? ELLIPSIS_REACH : LEFT_REACH;
  for (let j = prev, seen = 0; j >= 0 && seen < reach && inParagraph; j--, seen++) {
    const start = ctx.pairStart.get(j);
    if (start !== undefined && start < j) { j = start; continue; }
    if (isSentenceEnd(ctx, j) && !(j === prev && ctx.f(j) === ':')) break;
    j = carrierSource(ctx, j);
    const w = speechAt(ctx, j) ?? (isCameIn(ctx, j) ? { kind: 'source' as const, strong: true } : undefined);
    if (w) {
      speech ??= { at: j, word: w };
      if (w.kind === 'source' && !aside && !ctx.breakBefore[j] && isAside(ctx, j, prev)) {
        aside = { at: j, word: w };
        continue;
      }
      // في بيان نشرته وكالة الأنباء، في بيان نشر على موقع: a verb right after a statement noun says
      // who carried the statement; the verb that introduces it comes before. (So after an
      // indefinite document: وأضاف في مذكرة نشرت على موقع الوزارة: «…» is وأضاف's — quotes-issuer.)
      const carries = w.kind === 'verb' && j > 0 && (speechWord(ctx.f(j - 1))?.kind === 'noun' || isIndefiniteDocument(ctx.f(j - 1)));
      if ((w.kind === 'verb' && !carries) || w.kind === 'source') { verb = { at: j, word: w }; break; }
    }
    if (ctx.breakBefore[j]) break;
  }
  verb ??= aside;
  if (aside && verb !== aside) speech = verb;
  return { speech, verb };
}
