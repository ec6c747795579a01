/**
 * The statement a resumptive فيه/فيها after a speech verb refers back to, and who made it (في
 * بيان وزارة الداخلية الأخير، أعلن فيه؛ وصلت إليّ رسالة من إحدى الأمهات؛ تقول فيها): the verb's
 * subject when it has none after it.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { subjectAfter } from './quotes-subject';
import { statementMaker } from './quotes-statement-maker';

/** Statement nouns a resumptive فيه/فيها after a speech verb refers back to (في بيان …، أعلن فيه). */
const STATEMENTS = new Set(['بيان', 'رسالة', 'تغريدة', 'كلمة', 'تصريح', 'مقابلة', 'حوار', 'منشور', 'تدوينة', 'خطاب', 'مقال', 'مقالة']);
/** Whether the folded word is a statement noun, with or without its article, or accusative (بيان، الرسالة، بيانا). */
const isStatementNoun = (f: string): boolean => STATEMENTS.has(f.startsWith('ال') ? f.slice(2) : f) || (f.endsWith('ا') && STATEMENTS.has(f.slice(0, -1)));
/** Tokens looked back over for the statement noun. */
const STATEMENT_REACH = 20;

/**
 * Who the statement a resumptive pronoun refers back to is from: the sender after من (وصلت إليّ
 * رسالة من إحدى الأمهات؛ تقول فيها) or the body the noun is of (في بيان وزارة الداخلية الأخير،
 * أعلن فيه). Null when the verb has no فيه/فيها after it, no such noun comes shortly before it in
 * its sentence, or the noun names nobody (في كلمة هنأ فيها: the speaker is the sentence's subject).
 */
export function statementOwner(ctx: QuoteContext, verb: number): [number, number] | null {
  const resumptive = ctx.f(verb + 1);
  if (resumptive !== 'فيه' && resumptive !== 'فيها') return null;
  for (let k = verb - 1; k >= 0 && verb - k <= STATEMENT_REACH && !ctx.breakBefore[k + 1] && !isSentenceEnd(ctx, k); k--) {
    // (with or without و، ف or ب before it: وفي بيانها، ببيان)
    const w = ctx.f(k);
    const f = isStatementNoun(w) ? w : /^[وفب]/.test(w) && isStatementNoun(w.slice(1)) ? w.slice(1) : null;
    if (!f) continue;
    // (أصدر المتحدث بيانًا أكد فيه: the subject of the verb that issued it — quotes-statement-maker)
    const made = statementMaker(ctx, k);
    if (made) return made;
    const from = ctx.f(k + 1) === 'من' ? k + 2 : k + 1;
    // (a genitive has no article: بيان وزارة الداخلية, not البيان الأخير)
    if (from === k + 1 && (f.startsWith('ال') || ctx.f(from).startsWith('ال'))) return null;
    const range = subjectAfter(ctx, from, verb, true);
    // (…and without what describes the statement itself: بيان وزارة الداخلية الأخير)
    while (range && range[1] - range[0] > 1 && STATEMENT_ADJECTIVES.has(ctx.f(range[1] - 1))) range[1]--;
    return range;
  }
  return null;
}

/** Adjectives that describe a statement after the genitive of its owner (folded). */
const STATEMENT_ADJECTIVES = new Set(['الاخير', 'الاخيرة', 'الصادر', 'الصادرة', 'الرسمي', 'الرسمية', 'المشترك', 'الجديد', 'الجديدة']);
