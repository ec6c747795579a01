/**
 * A term set off as what something is called, by no one in particular (ما كان يسمى في عهد بوش
 * «…»، ما عُرف اصطلاحًا بـ«…»، عما يمكن وصفه بـ«…»): a name or the writer's own term, not words
 * said (hard case 2 of the quotation gold: ما يسمى / ما يعرف بـ «…» are not quotations).
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isThat } from './quotes-speech';

/** ما, with a preposition on it, before an impersonal naming verb. */
const WHAT = new Set(['ما', 'بما', 'لما', 'مما', 'فيما', 'عما']);
/** Impersonal or passive naming verbs (folded): يسمى، تُعرف، يُطلق، يُدعى، سُمّي، عُرف، أُطلق. */
const NAMED = new Set(['يسمي', 'تسمي', 'يعرف', 'تعرف', 'يطلق', 'تطلق', 'يدعي', 'تدعي', 'سمي', 'سميت', 'عرف', 'عرفت', 'اطلق']);
/** "Can", before a describing or naming word (ما يمكن وصفه بـ«…»، ما يمكن تسميته «…»). */
const CAN = new Set(['يمكن', 'يمكننا', 'ممكن', 'نستطيع', 'يصح']);
/** Describing or naming words after "can" (folded). */
const CALL = /^(?:وصف|تسمي[ةت]|اعتبار|تعريف)(?:ه|ها|هم)?$|^[نت]سمي(?:ه|ها)$|^[نت]صف(?:ه|ها)$/;
/**
 * A word for an expression right before the marks, without a pronoun that makes it someone's
 * (تشير الدار إلى تعبير «ما قبل وما بعد»، استخدام مصطلح «الاقتصاد المقاوم»): the words are
 * mentioned as an expression, not quoted (بحسب تعبيره «…» stays the speaker's: quotes-wording).
 */
const EXPRESSION = /^[وفبل]?(?:ال)?(?:تعبير|مصطلح)$/;
/** Tokens between the naming word and the opening mark (ما كان يسمى في عهد الرئيس السابق بوش «…»). */
const REACH = 7;

/**
 * True when the pair whose opening mark is token `open` follows an impersonal naming (ما يسمى،
 * عُرف اصطلاحًا بـ، ما يمكن وصفه بـ) in its sentence.
 * @example isTermed(ctx, i) for 'تخرج من خانة ما كان يسمى في عهد بوش «الدول المارقة»' → true
 * @example isTermed(ctx, i) for 'وأشار إلى تعبير «ما قبل وما بعد»' → true
 * @example isTermed(ctx, i) for 'بما سماه «النصر الكبير»' → false
 */
export function isTermed(ctx: QuoteContext, open: number): boolean {
  if (open > 0 && !ctx.breakBefore[open] && EXPRESSION.test(ctx.f(open - 1))) return true;
  for (let k = open - 1, n = 0; k >= 0 && n < REACH; k--, n++) {
    if (ctx.pairStart.has(k) || (isSentenceEnd(ctx, k) && !(k === open - 1 && ctx.f(k) === ':'))) return false;
    const raw = ctx.f(k);
    const f = raw.replace(/^[وف]/, '');
    const p = k > 0 ? ctx.f(k - 1) : '';
    if (f === 'اصطلاحا') return true;
    if (NAMED.has(f) && (WHAT.has(p) || (p === 'كان' && k > 1 && WHAT.has(ctx.f(k - 2))))) return true;
    if ((CALL.test(raw) || CALL.test(f)) && CAN.has(p)) return true;
    if (isThat(raw) || ctx.breakBefore[k]) return false;
  }
  return false;
}
