/**
 * A few common words set off inside the clause a speech verb reports (قال إن الوضع «صعب
 * ومعقد»، أكد أن موكله «بحال جيدة»), or taken by the verb's بـ (ندد بـ«هجوم إرهابي»): the
 * reporting speaker's own words (quotation gold, hard cases 1 and 2). Such clauses set off names far more often (أن «فجر ليبيا» كانت …، مع «بوينغ»), so
 * the words must be ones the corpora see outside names, and the pair must not be the subject
 * that opens the clause.
 */
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';
import { quotedWords } from './quotes-shape';
import { isThat } from './quotes-speech';
import type { QuoteContext } from './quotes-context';

/** Lexicon classes of words seen inside names (people, places, bodies, works) or naming a country or place. */
export const NAME_BITS = LEX.CORPUS_PERS | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.CORPUS_MISC | LEX.COUNTRY | LEX.PLACE | LEX.ORG_CUE | LEX.DEMONYM;

/** إنه، بأنها …: a that-word carrying its subject, so what follows it is already the predicate. */
const THAT_WITH_SUBJECT = /^[وبفل]?ان(?:ه|ها|هم|هما|ني|نا)$/;

/** The lexicon classes of a folded word, or of it without a leading و/ب/ل when the whole is unknown (not ف: فانتاج is no ف + انتاج). */
function classOfWord(classOf: (f: string) => number, w: string): number {
  const bits = classOf(w);
  return bits !== 0 || w.length <= 3 || !/^[وبل]/.test(w) ? bits : classOf(w.slice(1));
}

/** A word with the article (and a clitic before it): definite phrases in marks are mostly names and terms (سوق الجمعة، الذئاب المنفردة). */
export const DEFINITE = /^(?:[وفبك]?ال|و?لل)/;

/**
 * True when text[a, b) is up to three words without the article, at least one a common word and
 * none known only from names (صعب ومعقد، بحال جيدة; not فجر ليبيا، عاصفة الحزم، سوق الجمعة، لا).
 * @example isCommonWording('قال إن الوضع «صعب ومعقد»', 14, 22) → true
 * @example isCommonWording('أن «فجر ليبيا»', 4, 13) → false
 */
export function isCommonWording(text: string, a: number, b: number): boolean {
  const words = quotedWords(text, a, b);
  if (words.length === 0 || words.length > 3 || (words.length === 1 && (words[0] as string).length < 3)) return false;
  const { classOf } = loadNerModel();
  let common = 0;
  for (const w of words) {
    if (/[^\u0621-\u064A]/.test(w) || DEFINITE.test(w)) return false;
    const bits = classOfWord((f) => classOf(f), w);
    if (bits & LEX.COMMON) common++;
    else if (bits & NAME_BITS) return false;
  }
  return common > 0;
}

/**
 * How far (in tokens) the speech word may stand before such a pair: farther, the clause has
 * moved on to the writer's own account, where marks are emphasis or a term (… في حادث اطلاق
 * «نيران صديقة»).
 */
const FRAGMENT_REACH = 12;

/**
 * True when the pair opening at token `open` stands inside the clause that the speech word at
 * `speech` reports, near it and past that clause's subject: an إن/أن between them with words after it
 * (أكد أن موكله «…»), or one that carries its subject (قال إنه «…»).
 * @example isPastReportedSubject(ctx, 0, 4) for 'قال إن الوضع «صعب»' → true
 * @example isPastReportedSubject(ctx, 0, 2) for 'قال إن «داعش» …' → false
 */
export function isPastReportedSubject(ctx: QuoteContext, speech: number, open: number): boolean {
  if (open - speech > FRAGMENT_REACH) return false;
  for (let j = open - 1; j > speech; j--) {
    const f = ctx.f(j);
    if (!isThat(f)) continue;
    return j < open - 1 || THAT_WITH_SUBJECT.test(f);
  }
  return false;
}
