/**
 * A document named by who issued it (وقال تقرير أصدرته مؤخرا وكالة التنمية إنه «…»، بيان أصدرته
 * الوزارة): the gold gives a report quoted through a body as that body's words (hard case 5), so
 * the speaker is the issuer after the verb, when the sentence names one.
 */
import type { QuoteContext } from './quotes-context';
import { isSentenceEnd } from './quotes-context';
import { isThat, speechWord } from './quotes-speech';

/** أصدر، أعدّ، نشر with the document's pronoun (folded): أصدرته، أصدره، أعدتها، نشرته … */
const ISSUED = /^(?:اصدر|اعد|نشر)(?:ت)?(?:ه|ها)$/;
/** Time words between the verb and the issuer (أصدرته مؤخرا وكالة …). */
const TIME_WORDS = new Set(['مؤخرا', 'موخرا', 'حديثا', 'امس', 'اليوم', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الاحد']);
/** Prepositions that open a phrase about the document, not its issuer (أصدره حول هذه النقطة). */
const PREPOSITIONS = new Set(['حول', 'في', 'عن', 'من', 'علي', 'الي', 'بشان', 'بعد', 'قبل', 'خلال', 'مع']);
/** The most words an issuer's name may run to. */
const ISSUER_WORDS = 6;

/**
 * The token range of the issuer of the document that heads the subject range [a, b) (تقرير
 * أصدرته …), read up to the character offset `reach` (or to b); null when the phrase names no document so issued, or no issuer follows.
 * @example issuerRange(ctx of 'وقال تقرير أصدرته مؤخرا وكالة التنمية إنه «…»', [1, 3], reach) → the range of وكالة التنمية
 */
export function issuerRange(ctx: QuoteContext, [a, b]: [number, number], reach: number): [number, number] | null {
  if (b - a < 2 || !ISSUED.test(ctx.f(a + 1))) return null;
  let limit = b;
  while (limit < ctx.tokens.length && (ctx.tokens[limit]?.start ?? Infinity) < reach) limit++;
  let k = a + 2;
  while (k < limit && TIME_WORDS.has(ctx.f(k).replace(/[ًٌٍ]/g, ''))) k++;
  const start = k;
  if (PREPOSITIONS.has(ctx.f(k))) return null;
  for (; k < limit && k - start < ISSUER_WORDS; k++) {
    const f = ctx.f(k);
    if (ctx.tokens[k]?.kind !== 'word' || isSentenceEnd(ctx, k) || isThat(f) || speechWord(f) || ctx.pairStart.has(k)) break;
  }
  return k > start ? [start, k] : null;
}
