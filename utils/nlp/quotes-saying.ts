/**
 * Proverbs, maxims and sayings in marks (ويقول المثل: «…»، جاء في الأثر «…»، قاعدة تفيد
 * بأن «…»، كما قيل: «…»، قالت العرب «…»): words nobody in the article says, so not
 * quotations (rule 8 of the quotation gold), even when a speech verb introduces them.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';

/**
 * Nouns for a saying with no speaker (folded, clitics و ف ب ل taken off). Not مقولته "his saying",
 * nor an indefinite مقولة / حكمة, which a name may follow as its author (مقولة ديفيد بن غوريون «…»).
 */
const SAYINGS = new Set(['المثل', 'مثل شعبي', 'الامثال', 'الاثر', 'المقولة', 'الحكمة', 'قاعدة', 'الماثور', 'القول الماثور',
  // كما يقولون في أمثالهم «…»
  'امثالهم', 'امثالنا']);
/** First words of the sayings of two words (مثل، القول): only after one is the pair of words looked up. */
const PHRASE_HEADS = new Set([...SAYINGS].filter((s) => s.includes(' ')).map((s) => s.split(' ')[0]!));
// (not a verse: قال تعالى «…» is a religious text quoted with قال, a quotation like a hadith, rule 8)
/**
 * People in general (الناس تقول "…"، قالت عنه الشعوب إنه «…»): what everyone says is a saying,
 * not anyone's words, when only the verb, إن/أن or عنه stand between them and the marks (not
 * ويقول الناس في الحي: «…», where some people speak).
 */
const PEOPLE = new Set(['الناس', 'الشعوب', 'العامة']);
/** The say verbs of a people's saying (قالت العرب «…»، الناس تقول «…»), folded. */
const SAY = /^[وف]?(?:قال|قالت|قالوا|يقول|تقول|يقولون|يرددون|تردد|يردد)$/;
const BETWEEN = /^(?::|ان|انه|انها|بان|بانه|بانها|عنه|عنها|عنهم)$/;

/** True when general people and a say verb next to them end the words before token `open`. */
function isPeopleSaying(ctx: QuoteContext, open: number): boolean {
  let said = false;
  for (let k = open - 1; k >= 0 && open - k <= 5; k--) {
    const f = ctx.f(k).replace(/^[وف]/, '');
    if (PEOPLE.has(f)) return said || (k > 0 && SAY.test(ctx.f(k - 1))) || (k > 1 && BETWEEN.test(ctx.f(k - 1)) && SAY.test(ctx.f(k - 2)));
    if (SAY.test(ctx.f(k))) said = true;
    else if (!BETWEEN.test(f) || ctx.breakBefore[k]) return false;
  }
  return false;
}

/** كما قيل «…»، فقديمًا قيل «…», an anonymous saying; not مما يقال حول «…» nor وقيل أيضًا «…», which report talk. */
const SAID = new Set(['قيل', 'يقال']);
const AS_OF_OLD = /^[وف]?(?:كما|قديما)$/;
/** Tokens between the saying noun and the opening mark (المثل الشعبي المصري الذي يقول إن «…»). */
const REACH = 6;

/**
 * True when a saying noun stands just before the pair whose opening mark is token `open`, in
 * its sentence (ويقول المثل الشعبي: «…»، عملًا بالمقولة «…»، وقد جاء في الأثر «…»، كما قيل: «…»).
 * @example isSaying(ctx, i) for 'ويقول المثل المصري: «إديها ميه تديك طراوه»' → true
 * @example isSaying(ctx, i) for 'وكما قيل: «يسامح الله الخطائين»' → true
 * @example isSaying(ctx, i) for 'واشتهرت مقولته: «أنا ترعرعت في البادية»' → false
 */
export function isSaying(ctx: QuoteContext, open: number): boolean {
  if (isPeopleSaying(ctx, open)) return true;
  for (let k = open - 1; k >= 0 && open - k <= REACH + 1; k--) {
    if (ctx.pairStart.has(k) || (isSentenceEnd(ctx, k) && !(k === open - 1 && ctx.f(k) === ':'))) return false;
    const f = ctx.f(k);
    const bare = f.replace(/^[وف]?[بل]?/, '');
    if (SAYINGS.has(f) || SAYINGS.has(bare) || (PHRASE_HEADS.has(bare) && SAYINGS.has(`${bare} ${ctx.f(k + 1)}`))) return true;
    if (SAID.has(f) && k > 0 && AS_OF_OLD.test(ctx.f(k - 1))) return true;
    if (f === 'العرب' && k > 0 && SAY.test(ctx.f(k - 1))) return true;
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
