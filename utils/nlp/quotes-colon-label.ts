/**
 * The label before a colon that opens a quotation: a commenter's or a speaker's name standing
 * alone (منها: شهد حسن: "…". مينا: "…").
 */
import type { QuoteContext } from './quotes-context';
import { isSentenceEnd } from './quotes-context';
import { speechWord } from './quotes-speech';
import { isNameNoun } from './quotes-name-nouns';
import { isStop, RESUMPTIVE } from './quotes-subject';

/** Words a label before a colon may have (شهد حسن: «…», المصدر: «…»). */
const LABEL_WORDS = 4;

/**
 * The label that a colon right before a quotation closes, when it stands alone after a
 * sentence, a line or an earlier quotation: a commenter's or a speaker's name (منها: شهد حسن:
 * "…". مينا: "…"). Null when a speech word, a preposition or anything but words comes first.
 */
export function labelBefore(ctx: QuoteContext, colon: number): [number, number] | null {
  if (ctx.f(colon) !== ':') return null;
  let a = colon;
  while (a > 0 && colon - a < LABEL_WORDS && !ctx.breakBefore[a] && ctx.tokens[a - 1]?.kind === 'word') {
    const f = ctx.f(a - 1);
    if (isStop(f, true) || RESUMPTIVE.has(f) || speechWord(f) || isNameNoun(f)) return null;
    a--;
  }
  if (a === colon) return null;
  const before = a - 1;
  // (not after a name in marks that a speech verb opens with: ويقول عنك "كوشنير" وزير خارجية فرنسا:)
  const open = ctx.pairStart.get(before);
  // (…nor after the name in marks of an outlet or body, whose adjectives the words are: وقالت صحيفة
  // «المساء» المغربية:)
  const subject = open !== undefined && (speechWord(ctx.f(open - 1)) || (RESUMPTIVE.has(ctx.f(open - 1)) && speechWord(ctx.f(open - 2)))
    || (before - open <= 4 && isNameNoun(ctx.f(open - 1))));
  const alone = a === 0 || ctx.breakBefore[a] || isSentenceEnd(ctx, before) || ctx.f(before) === ':' || (open !== undefined && !subject);
  return alone ? [a, colon] : null;
}
