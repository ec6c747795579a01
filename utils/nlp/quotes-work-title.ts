/**
 * The title of a book, study or other work right after the work is named, even when its author's
 * name or a verb of writing stands between (كتاب عالم الفيزياء كارل ساجان «…»، في مؤلفه «…»،
 * كتابًا عنوانه: «…»، ومن أشهر كتبه: «…»): a title, not words said, whatever it reads like
 * (a question, a sentence).
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isOwnWork } from './quotes-own-work';
import { isThat, speechWord } from './quotes-speech';

/** Works that carry a title (folded, without ال and clitics); not مؤلف, also "author" (وقال مؤلف الدراسة …). */
export const WORKS = new Set(['كتاب', 'كتابا', 'دراسة', 'رواية', 'ديوان', 'فيلم', 'مسلسل', 'محاضرة', 'كتيب', 'مسرحية',
  'قصيدة', 'اغنية', 'البوم']);
// (not مذكرات: one quotes from memoirs, في مذكراته عن الأرمن «لقد عاملت …»)
/** Owned works: مؤلفه، دراسته، محاضرته (isOwnWork has the rest: كتابه، روايتها …). */
const OWNED = /^(?:مؤلف|مؤلفات|دراست|دراسات|محاضرت|كتيب)(?:ه|ها|هم|هما|ي|نا)$/;
/** The work's title with its pronoun (not اسمه: في بيان صدر باسمه: «…»), or its works among which the title is one (عنوانه: «…»، أشهر كتبه: «…»). */
const TITLE_OF = /^عنوان(?:ه|ها|هم)$|^(?:كتب|روايات|مؤلفات|اعمال|دواوين|افلام)(?:ه|ها|هم)$/;
/** What may stand between a title noun and its title: هو / هي and a colon (عنوانها هو «…»). */
const COPULA = new Set(['هو', 'هي', ':']);
/** How many words of an author's name or description may follow the work (كتاب عالم الفيزياء الأمريكي كارل ساجان «…»). */
const NAME_REACH = 7;

/** The folded word without و/ف/ب/ل and ال. */
function bare(f: string): string {
  return f.replace(/^[وف]?[بل]?/, '').replace(/^ال/, '');
}

/** True when the folded word names a work that carries a title (كتاب، الرواية، مؤلفه، دراستها). */
function isWork(f: string): boolean {
  const b = bare(f);
  return WORKS.has(b) || isOwnWork(f) || OWNED.test(b) || OWNED.test(f.replace(/^[وف]?[بل]?/, ''));
}

/**
 * True when the pair whose opening mark is token `open` is the title of a work named just before it.
 * @example isWorkTitle(ctx, i) for 'قرأ كتاب عالم الفلك الأمريكي كارل ساجان «المخلوقات الذكية في الكون»' → true
 * @example isWorkTitle(ctx, i) for 'وكتب في كتابه: «لقد عشت طفولة صعبة»' → false
 */
export function isWorkTitle(ctx: QuoteContext, open: number): boolean {
  let k = open - 1;
  if (k < 0 || ctx.breakBefore[open]) return false;
  // عنوانه: «…»، عنوانها هو «…»، ومن أشهر كتبه: «…»
  let j = k;
  while (j > k - 2 && j >= 0 && COPULA.has(ctx.f(j))) j--;
  if (j >= 0 && TITLE_OF.test(ctx.f(j).replace(/^[وف]?[بل]?/, ''))) return true;
  // (a colon after a bare work introduces what it says: وكتب في كتابه: «…»; not after a work
  // that a verb of writing takes as its object: وكتبت ثاني كتاب، وعمرها ستة وعشرون عاما: «…»)
  if (ctx.f(k) === ':') return writesWork(ctx, k);
  for (let n = 0; k >= 0 && n <= NAME_REACH; k--, n++) {
    const f = ctx.f(k);
    if (ctx.tokens[k]?.kind !== 'word' || ctx.pairStart.has(k) || isSentenceEnd(ctx, k)) return false;
    if (isWork(f)) return true;
    if (isThat(f) || speechWord(f)) return false;
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}

/** Verbs of writing or publishing whose object is the work (folded, without و/ف). */
const WRITE = new Set(['كتب', 'كتبت', 'الف', 'الفت', 'اصدر', 'اصدرت', 'نشر', 'نشرت']);
/** Ordinals that may stand between the verb and the work (كتبت ثاني كتاب، أصدر أول رواية). */
const ORDINAL = new Set(['اول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'اخر', 'احدث']);
/** How far back from the colon the work may stand (كتاب (في أميركا)، وعمرها ستة وعشرون عاما:). */
const WRITE_REACH = 12;

/** True when the folded word is a verb of writing (كتبت، وألف، فأصدر). */
function isWrite(f: string): boolean {
  return WRITE.has(f) || WRITE.has(f.replace(/^[وف]/, ''));
}

/**
 * True when, before the colon at token `colon`, a verb of writing takes a work as its object
 * (وكتبت ثاني كتاب، وعمرها ستة وعشرون عاما: «…»، ألف رواية: «…»): what the colon gives is the
 * work's title, not what it says (that is وكتب في كتابه: «…»).
 */
function writesWork(ctx: QuoteContext, colon: number): boolean {
  for (let k = colon - 1, n = 0; k > 0 && n < WRITE_REACH; k--, n++) {
    if (ctx.pairStart.has(k) || isSentenceEnd(ctx, k) || isThat(ctx.f(k))) return false;
    if (ctx.tokens[k]?.kind === 'word' && WORKS.has(bare(ctx.f(k)))) {
      const v = ORDINAL.has(ctx.f(k - 1)) ? k - 2 : k - 1;
      return v >= 0 && isWrite(ctx.f(v));
    }
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}

/** How far back the verb a title speaks through may stand (يصف العنوان الفرعي للرواية الجديدة للكاتب …، الرواية بأنها «…»). */
const TITLE_REACH = 16;

/**
 * True when the speech verb before the pair has a title for its subject (يصف العنوان الفرعي
 * للرواية الرواية بأنها «كونشرتو من أربع حركات»): the words are the title's, a title, not
 * words a person said.
 * @example isTitleSpeaking(ctx, i) for 'ويصف العنوان الفرعي للكتاب الرحلة بأنها «سيرة مدينتين»' → true
 * @example isTitleSpeaking(ctx, i) for 'ويصف الكاتب الرحلة بأنها «سيرة مدينتين»' → false
 */
export function isTitleSpeaking(ctx: QuoteContext, open: number): boolean {
  for (let k = open - 1, n = 0; k >= 0 && n < TITLE_REACH; k--, n++) {
    if (ctx.pairStart.has(k) || (isSentenceEnd(ctx, k) && !(k === open - 1 && ctx.f(k) === ':'))) return false;
    if (speechWord(ctx.f(k))?.kind === 'verb') return k + 1 < open && bare(ctx.f(k + 1)) === 'عنوان';
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}

/** Headlines of news items (جاء الموقع بالعنوان التالي: «…»، رابط الخبر بصحيفة الوئام: «…»), folded without و/ب/ل and ال. */
// (not what a sign or placard says: a slogan raised by someone is theirs, rule 11 of the gold)
const HEADLINE = new Set(['عنوان', 'رابط', 'مانشيت']);
/** How far back a headline word may stand (رابط الخبر بصحيفة الوئام: «…»). */
const HEAD_REACH = 5;

/**
 * True when the pair whose opening mark is token `open` is a news item's headline.
 * @example isHeadline(ctx, i) for 'فلقد جاء الموقع بالعنوان التالي: «أعراب الخليج»' → true
 * @example isHeadline(ctx, i) for 'وقال الوزير عن الخبر: «لا صحة لهذه الأنباء»' → false
 */
export function isHeadline(ctx: QuoteContext, open: number): boolean {
  for (let k = open - 1, n = 0; k >= 0 && n < HEAD_REACH; k--, n++) {
    if (ctx.pairStart.has(k) || (isSentenceEnd(ctx, k) && !(k === open - 1 && ctx.f(k) === ':'))) return false;
    const f = ctx.f(k);
    if (isThat(f) || speechWord(f)?.kind === 'verb') return false;
    if (HEADLINE.has(bare(f))) return true;
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
