/**
 * What a verb of pledging, demanding or judging takes with بـ, set off in marks, is the
 * speaker's own wording even when the subject and a time or place stand between them: تعهد قائد
 * الجيش أمس الاثنين «باحترام النتائج»، طالب الوزير في بروكسل "بالتضامن"، ندد الرئيس خلال زيارته
 * بـ«هجوم إرهابي». The first بـ after such a verb is its object; a بـ phrase before the pair
 * (بالقرب من، بأن …) means the pair belongs to something else.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';

/**
 * طالب، تعهد، ندد، هدد، رحب، نوه، اعترف، أشاد، اتهم، وعد، أقر: past, present and participle, with و/ف
 * (folded; not يعد, as often "is counted").
 */
const TAKES_BI = /^[وف]?(?:[يتن]?(?:طالب|تعهد|ندد|هدد|رحب|نوه|اعترف|تهم)(?:ت|وا|ون|ان)?|اتهم(?:ت|وا)?|اشاد(?:ت|وا)?|[يتن]شيد(?:ون|ان)?|مطالب(?:ا|ة|ين)|متعهد(?:ا|ة|ين)|مندد(?:ا|ة|ين)|مرحب(?:ا|ة|ين)|مشيد(?:ا|ة|ين)|وعد(?:ت|وا)?|اقر(?:ت|وا)?)$/;
/** Tokens between the verb and the pair (تعهد قائد الجيش في بورما الذي ما زال يلعب دورا … أمس «…»). */
const REACH = 20;

/** A token that is itself a بـ phrase: the lone ب, بال…, بأن/بأنه … */
function isBiPhrase(f: string): boolean {
  return f === 'ب' || (f.startsWith('بال') && f.length > 4) || /^بان(?:ه|ها|هم)?$/.test(f);
}

/**
 * True when the pair opening at token `open` is the بـ object of a pledging, demanding or judging
 * verb before it in its sentence: the بـ opens the quoted words (tokens `open`+1) or stands right
 * before the mark (`biBefore`).
 * @example isBiObject(ctx, i, false) for 'تعهد القائد أمس «باحترام النتائج»' → true
 * @example isBiObject(ctx, i, true) for 'رحب الوزير بالضيوف في بـ«الدوحة»' → false
 */
export function isBiObject(ctx: QuoteContext, open: number, biBefore: boolean): boolean {
  if (!biBefore && !(ctx.f(open + 1).startsWith('ب') && ctx.f(open + 1).length > 3)) return false;
  for (let k = open - 1; k >= 0 && open - k <= REACH; k--) {
    if (ctx.pairStart.has(k) || ctx.pairEnd.has(k) || isSentenceEnd(ctx, k)) return false;
    const f = ctx.f(k);
    if (ctx.tokens[k]?.kind !== 'word' || (k === open - 1 && f === 'ب')) continue;
    if (TAKES_BI.test(f)) return true;
    if (isBiPhrase(f) || ctx.breakBefore[k]) return false;
  }
  return false;
}
