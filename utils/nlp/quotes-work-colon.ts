/**
 * The title of a work that a colon introduces, the work named a few words before without its
 * maker's pronoun: كتبت واحدة من أشهر الروايات في تاريخ البلاد: «…»، ومؤلف عدد من الكتب، ومن
 * بينها: «…»، رواية جديدة هي: «…». A colon after a work usually brings its title; what a work
 * says is brought from inside it (وكتب في كتابه: «…»، جاء في الكتاب: «…») or by its maker (قال
 * مؤلف الكتاب: «…»), and those stay quotations.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isOwnWork } from './quotes-own-work';
import { isThat, speechWord } from './quotes-speech';
import { WORKS } from './quotes-work-title';

/** Works that carry a title (quotes-work-title's) and their plurals (folded, without و/ف/ك and ال). */
const WORKS_AND_PLURALS = new Set([...WORKS, 'روايات', 'دواوين', 'افلام', 'مسرحيات', 'قصائد', 'اغاني', 'مؤلفات', 'مقالات', 'دراسات']);
/** كتب is a work only with its article ("the books"); bare it is also "he wrote". */
const DEFINITE_ONLY = new Set(['كتب']);
/** Words before a work that bring its content or name its maker: في الكتاب، مؤلف الكتاب. */
const NOT_TITLE = new Set(['في', 'وفي', 'مؤلف', 'كاتب', 'صاحب', 'مؤلفة', 'كاتبة', 'صاحبة', 'مقدمة', 'نص', 'غلاف']);
/** How many words may stand between the work and the colon (كتاب (في أميركا)، وعمرها ستة وعشرون عاما:). */
const REACH = 8;

/** True when the folded word names a work that carries a title (كتاب، الروايات، وككتاب), not the maker's own. */
function isTitledWork(f: string): boolean {
  if (isOwnWork(f)) return false;
  const m = /^[وفك]?(ال)?(.*)$/.exec(f) as RegExpExecArray;
  const stem = m[2] as string;
  return WORKS_AND_PLURALS.has(stem) || (m[1] !== undefined && DEFINITE_ONLY.has(stem));
}

/** Names or titles of works (اسماء، عناوين) before the works: what the colon brings is titles. */
const NAMES_OF = /^[وفبل]?(?:ال)?(?:اسماء|عناوين)$/;
/** Works named after اسماء, besides those that carry a title: his books, his works (كتبه، أعماله). */
const NAMED_WORKS = new Set([...WORKS_AND_PLURALS, 'كتب', 'اعمال']);

/**
 * True when token `k` is a work (or works) that اسماء / عناوين governs: وتوضح بعض أسماء كتبه
 * هذه الخلطة: «…» lists titles, even after a verb that elsewhere brings words.
 */
function isNamesOfWorks(ctx: QuoteContext, k: number): boolean {
  if (k < 1 || !NAMES_OF.test(ctx.f(k - 1))) return false;
  // (with or without the maker's pronoun: أسماء كتبه، عناوين رواياتها، أسماء الأعمال)
  const stem = ctx.f(k).replace(/^[وفبل]?(?:ال)?/, '').replace(/(?:ه|ها|هم)$/, '');
  return NAMED_WORKS.has(stem);
}

/** The stem of كتب، كتبت، وكتبت: "wrote", the verb that makes a work, not one that brings words. */
const WROTE = /^[وف]?كتب(?:ت|وا)?$/;

/**
 * True when a speech verb other than "wrote" comes before the work at token `k` in its sentence:
 * the colon then brings what was said about the work (وقال الكاتب في حفل توقيع الرواية: «…»).
 */
function isSpokenAbout(ctx: QuoteContext, k: number): boolean {
  for (let j = k - 1, n = 0; j >= 0 && n < 2 * REACH; j--, n++) {
    if (ctx.pairStart.has(j) || isSentenceEnd(ctx, j)) return false;
    const w = ctx.tokens[j]?.kind === 'word' ? speechWord(ctx.f(j)) : undefined;
    if (w && w.kind === 'verb' && !WROTE.test(ctx.f(j))) return true;
    if (ctx.breakBefore[j]) return false;
  }
  return false;
}

/**
 * True when the pair whose opening mark is token `open` follows a colon that a work named a few words before leads up to.
 * @example isTitleAfterColon(ctx, i) for 'ألّف عددا من الكتب، ومن بينها: «لماذا نحلم؟»' → true
 * @example isTitleAfterColon(ctx, i) for 'وكتب في كتابه: «لقد عشت طفولة صعبة»' → false
 */
export function isTitleAfterColon(ctx: QuoteContext, open: number): boolean {
  const colon = open - 1;
  if (colon < 1 || ctx.breakBefore[open] || ctx.f(colon) !== ':') return false;
  for (let k = colon - 1, n = 0; k >= 0 && n <= REACH; k--) {
    if (ctx.pairStart.has(k) || isSentenceEnd(ctx, k)) return false;
    if (ctx.tokens[k]?.kind === 'word') {
      n++;
      const f = ctx.f(k);
      if (isNamesOfWorks(ctx, k)) return true;
      if (isTitledWork(f)) return (k === 0 || !NOT_TITLE.has(ctx.f(k - 1))) && !isSpokenAbout(ctx, k);
      if (isThat(f) || speechWord(f)) return false;
    }
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
