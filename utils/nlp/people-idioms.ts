/**
 * Idioms that hold a person's or an animal's name as a figure of speech (نصيب الأسد، ابن آدم، شعرة
 * معاوية، العم سام، ما لقيصر لقيصر): the name word in them names no one in the article, though the
 * tagger reads it as a name (أخذ الخبر نصيب [الأسد]، كل ابن [آدم] خطاء). So the pair of given
 * names حسيب and رقيب in «بلا حسيب ولا رقيب»، «دون رقيب أو حسيب»: "unchecked", no one named.
 * So the blessing رضوان الله (عليهم) and السلف الصالح, taken whole as a name, name no one.
 * So too the armed groups whose names read as a person's (بوكو حرام): the group names no one, and
 * its words the page's repeats took alone (حرام ولا يجوز) name no one either.
 */
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { procliticSplits, type Token } from './tokenize';

/** The idioms, folded, each two words; the first may carry a clitic (بنصيب، وابن). */
const IDIOMS = [
  'نصيب الاسد', 'ابن ادم', 'بني ادم', 'شعرة معاوية', 'شعره معاوية', 'العم سام', 'لقيصر لقيصر',
  // the Quran, an inquiry under way, contentment, the price of gold falling, a place, an operation, a snake
  'الذكر الحكيم', 'التحقيق جار', 'عين الرضا', 'عدم الرضا', 'كسب رضا', 'هوي الذهب', 'بيونغ يانغ', 'عاصفة الحزم', 'حية كوبرا',
  // a blessing on the Companions (رضوان الله عليهم), the pious forebears
  'رضوان الله', 'السلف الصالح', 'سلفنا الصالح',
].map((p) => p.split(' ') as [string, string]);
/** Armed groups named as a person might be (مقتل 40 مسلحا من بوكو حرام), folded. */
const GROUPS = new Set(['بوكو حرام', 'لشكر طيبة']);
/** Whether a draft's folded words are the whole name of one of GROUPS. */
const isGroupName = (words: readonly string[]): boolean => words.length === 2 && GROUPS.has(words.join(' '));

/** The second words of the idioms. */
const SECONDS = new Set(IDIOMS.map(([, y]) => y));
/** Clitics the first word of an idiom may carry ('' for none). */
const IDIOM_CLITICS = new Set(['', 'و', 'ف', 'ب', 'ل']);

/**
 * The folded stems a token reads as, bare or behind one of `clitics`, from the shared clitic
 * readings; only a stem written as it stands after the clitic (للعم is not read as العم).
 */
function stemsBehind(t: Token | undefined, clitics: ReadonlySet<string>): string[] {
  if (t?.kind !== 'word') return [];
  const readings = procliticSplits(t.text), whole = readings[0]!.stem;
  return readings.filter((r) => clitics.has(r.prefix) && r.prefix + r.stem === whole).map((r) => r.stem);
}

/** Words that, with their partner a few words off, make a figure of speech (بلا حسيب ولا رقيب). */
const PAIRED = new Map([['حسيب', 'رقيب'], ['رقيب', 'حسيب']]);
/** Clitics a paired word may carry: و alone (ولا رقيب، وحسيب). */
const PAIRED_CLITICS = new Set(['', 'و']);
/** How far off, in tokens, the partner of a paired word may stand (حسيب ولا رقيب: two). */
const PAIR_REACH = 3;

/** Whether token i is a word of PAIRED (و allowed before it) with its partner within PAIR_REACH tokens. */
function pairedAt(ctx: BoundsContext, i: number): boolean {
  const bare = (k: number) => stemsBehind(ctx.tokens[k], PAIRED_CLITICS).find((f) => PAIRED.has(f)) ?? '';
  const partner = PAIRED.get(bare(i));
  if (!partner) return false;
  for (let k = Math.max(0, i - PAIR_REACH); k <= i + PAIR_REACH; k++) if (k !== i && bare(k) === partner) return true;
  return false;
}

/** Whether tokens i and i + 1 are one of the idioms. */
function idiomAt(ctx: BoundsContext, i: number): boolean {
  const b = ctx.tokens[i + 1];
  if (b?.kind !== 'word') return false;
  // (the second word first: it is rarely one of the idioms', and the first's readings cost more)
  const fb = foldArabic(b.text);
  if (!SECONDS.has(fb)) return false;
  const firsts = stemsBehind(ctx.tokens[i], IDIOM_CLITICS);
  return IDIOMS.some(([x, y]) => fb === y && firsts.includes(x));
}

/** Nouns of money, folded, the article and a pronoun allowed, after which صافي is "net" (صافي الفائض، صافي أرباحها). */
const MONEY = /^(?:ال)?(?:فائض|ربح|ارباح|دخل|اصول|ايراد|خسار|خسائر|مبيعات|ثرو|قيم|عائد|مكاسب|تدفق|ديون|مدخرات)/;

/**
 * Whether a name word at token i is a common word by the word before or after it, whatever the
 * rest of the name: صالح after في is "favour" (يصب في صالح العميل), رضا behind ب "approval"
 * (برضا نفسي), صافي before a noun of money "net" (قدر التقرير صافي الفائض).
 */
function commonByNeighbour(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], prev = ctx.tokens[i - 1], next = ctx.tokens[i + 1];
  if (t?.kind !== 'word') return false;
  const f = foldArabic(t.text);
  if (f === 'صالح') return prev?.kind === 'word' && foldArabic(prev.text) === 'في';
  // برضا نفسي، لم يحظ برضا شيوخ الطائفة: "with the approval of", the ب on the noun.
  if (f === 'برضا') return true;
  return f === 'صافي' && next?.kind === 'word' && MONEY.test(foldArabic(next.text));
}

/** Whether a later word of the draft is صافي before a noun of money (بلوغ صافي فائض الإيرادات): the phrase is about money, no one named. */
function netBeforeMoney(ctx: BoundsContext, d: Draft): boolean {
  for (let i = d.tokenStart + 1; i < d.tokenEnd; i++) if (d.words[i - d.tokenStart] === 'صافي' && commonByNeighbour(ctx, i)) return true;
  return false;
}

/**
 * Drops, in place, each one-word draft that stands in an idiom, or is a paired word beside its
 * partner, each draft that names an armed group and each word of that name standing alone, each
 * draft opened by a name word its neighbour makes a common word, and each with صافي before a noun
 * of money further in.
 * @example dropIdiomNames(ctx of 'أخذ الخبر نصيب الأسد من الاهتمام', drafts 'الأسد') → none left
 */
export function dropIdiomNames(ctx: BoundsContext, drafts: Draft[]): void {
  // بوكو حرام: a draft that names an armed group, and the words of it the page's repeats took alone (حرام ولا يجوز).
  const group = new Set<string>();
  for (const d of drafts) if (isGroupName(d.words)) for (const w of d.words) group.add(w);
  dropDrafts(drafts, (d) => (d.tokenEnd === d.tokenStart + 1 && (idiomAt(ctx, d.tokenStart - 1) || idiomAt(ctx, d.tokenStart) || pairedAt(ctx, d.tokenStart) || group.has(d.words[0]!)))
    // رضوان الله عليهم: a draft that is the idiom itself.
    || (d.tokenEnd === d.tokenStart + 2 && idiomAt(ctx, d.tokenStart))
    || isGroupName(d.words) || commonByNeighbour(ctx, d.tokenStart) || netBeforeMoney(ctx, d));
}
