/**
 * A document named by who issued it (وقال تقرير أصدرته مؤخرا وكالة التنمية إنه «…»، بيان أصدرته
 * الوزارة، بيان صدر عن الوزارة، تقرير صادر عن «ميتال فوكس»): the gold gives a report quoted through a
 * body as that body's words (hard case 5), so the speaker is the issuer after the verb, when the
 * sentence names one.
 */
import type { QuoteContext } from './quotes-context';
import { isSentenceEnd } from './quotes-context';
import { isThat, speechWord } from './quotes-speech';
import { isStop } from './quotes-subject';
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';

/** أصدر، أعدّ، نشر with the document's pronoun (folded): أصدرته، أصدره، أعدتها، نشرته … */
const ISSUED = /^(?:اصدر|اعد|نشر)(?:ت)?(?:ه|ها)$/;
/** Nouns of documents a body issues (folded), besides the speech nouns (بيان): تقرير صادر عن …. */
const DOCUMENTS = new Set(['تقرير', 'دراسة', 'وثيقة', 'مذكرة', 'تعميم', 'نشرة', 'رسالة']);
/**
 * Whether the folded word is a document noun without the article, bare or after ل (مذكرة،
 * لتقرير): an indefinite document, which a verb right after it describes (في مذكرة نشرت).
 * @example isIndefiniteDocument('مذكرة') → true
 * @example isIndefiniteDocument('الدراسة') → false (الدراسة is as often "schooling")
 */
export const isIndefiniteDocument = (f: string): boolean => DOCUMENTS.has(f.replace(/^ل(?!ل)/, ''));
/** Whether the folded word is a document noun or a speech noun, bare or after ل (لبيان، للتقرير). */
function isDocument(f: string): boolean {
  const bare = f.replace(/^(?:لل|ال|ل)/, '');
  return [f, bare].some((w) => DOCUMENTS.has(w) || speechWord(w)?.kind === 'noun');
}
/** صدر، صادر، الصادرة: "issued", before عن and the issuer (بيان صدر عن الوزارة), folded. */
const ISSUED_BY = /^(?:ال)?(?:صادر[ةه]?|صدر(?:ت)?)$/;
/** Time words between the verb and the issuer (أصدرته مؤخرا وكالة …). */
export const TIME_WORDS = new Set(['مؤخرا', 'موخرا', 'حديثا', 'امس', 'اليوم', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الاحد']);
/** Prepositions that open a phrase about the document, not its issuer (أصدره حول هذه النقطة). */
export const PREPOSITIONS = new Set(['حول', 'في', 'عن', 'من', 'علي', 'الي', 'بشان', 'بعد', 'قبل', 'خلال', 'مع']);
/** The most words an issuer's name may run to. */
export const ISSUER_WORDS = 6;

/**
 * The token range of the issuer of the document that heads the subject range [a, b) (تقرير
 * أصدرته …), read up to the character offset `reach` (or to b); null when the phrase names no document so issued, or no issuer follows.
 * @example issuerRange(ctx of 'وقال تقرير أصدرته مؤخرا وكالة التنمية إنه «…»', [1, 3], reach) → the range of وكالة التنمية
 */
export function issuerRange(ctx: QuoteContext, [a, b]: [number, number], reach: number): [number, number] | null {
  // (جاء في بيان صدر عن الوزارة: the subject starts at the verb, its document before it)
  if (a > 0 && ISSUED_BY.test(ctx.f(a)) && isDocument(ctx.f(a - 1))) a--;
  // (بيان صدر أمس عن الوزارة, تقرير حديث صادر عن: an adjective may stand between the noun and the verb)
  const at = ctx.tokens[a + 1]?.kind === 'word' && ISSUED_BY.test(ctx.f(a + 2)) && !ISSUED_BY.test(ctx.f(a + 1)) ? a + 2 : a + 1;
  const by = ISSUED_BY.test(ctx.f(at)) && isDocument(ctx.f(a));
  if (b - a < 2 || !(by || ISSUED.test(ctx.f(a + 1)))) return null;
  // The words after the verb: أصدرته [مؤخرا] وكالة …، صدر [أمس] عن الوزارة.
  const after = by ? at + 1 : a + 2;
  let limit = Math.max(b, after);
  while (limit < ctx.tokens.length && (ctx.tokens[limit]?.start ?? Infinity) < reach) limit++;
  let k = after;
  while (k < limit && TIME_WORDS.has(ctx.f(k).replace(/[ًٌٍ]/g, ''))) k++;
  if (by) {
    if (ctx.f(k) !== 'عن') return null;
    k++;
  }
  const start = k;
  if (PREPOSITIONS.has(ctx.f(k))) return null;
  for (; k < limit && k - start < ISSUER_WORDS; k++) {
    const f = ctx.f(k);
    // (a name in marks: صادر عن «ميتال فوكس»)
    const pair = ctx.pairEnd.get(k);
    if (by && k === start && pair !== undefined && pair < limit && pair - k <= ISSUER_WORDS) return [k, pair + 1];
    if (ctx.tokens[k]?.kind !== 'word' || isSentenceEnd(ctx, k) || isThat(f) || speechWord(f) || ctx.pairStart.has(k)) break;
    // (…عن مجلس وزراء الخارجية الذي عقد، عن المفوضية الأوروبية ببروكسل، عن الوزارة اليوم: the name ends)
    if (by && k > start && (isStop(f, false) || isPlaceAfterBi(f))) break;
  }
  return k > start ? [start, k] : null;
}

/** بـ and a place (ببروكسل، بالرياض): where the issuer sits, after its name. */
function isPlaceAfterBi(f: string): boolean {
  return f.startsWith('ب') && (loadNerModel().classOf(f.slice(1)) & (LEX.PLACE | LEX.COUNTRY | LEX.CORPUS_LOC)) !== 0;
}
