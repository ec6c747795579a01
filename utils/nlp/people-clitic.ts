/**
 * Whether a clitic the tagger read off a person's first word (ب، ك، ف) is one: a short stem
 * the lists happen to know as a name (درو، واك، توى) more often leaves a word of its own (بدرو،
 * كواك، فتوى) than a name behind a clitic. A stem of three letters or fewer
 * is taken only when it stands bare on the page or the corpora know it as a person's name (لعلي، وعمر).
 * And the conjunction و the tagger kept on a list's next name (لافي الغيداني وفراج الكرشمي).
 */
import { foldArabic, foldedOffset } from './normalize';
import { LEX } from './ner/lexicon';
import { CURATED_NAME, isSpeechToken, type BoundsContext } from './people-context';
import { procliticSplits, type Token } from './tokenize';
import { NAME_CLASS } from './people-not-names';

/** Clitics whose reading off a short stem is doubted: ب، ك or ف opening the word (not و: وجو، وكريغ). */
const DOUBTED_PREFIX = /^[بكف]$/;

/**
 * Words, as written, that no conjunction و follows: لكن, prepositions, إن and أن (على only with
 * its ى: علي is also the name, ومحمد علي ونايف).
 */
const NO_AND_AFTER = new Set(['لكن', 'ولكن', 'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'إن', 'أن', 'ان']);

/** The longest stem that needs more than a listing to be read off a clitic. */
const SHORT_STEM = 3;

/**
 * Whether the clitic reading the tagger took for token i is doubtful: it leaves only short stems,
 * it is a و where no conjunction can stand (لكن وولتر), or it is a ب on the subject right after a
 * verb of speech (وقال بوين إنه: a name of its own, not a phrase with بـ).
 * @example isDoubtfulClitic(ctx of 'برشلونة بدرو رودريغيز', 1) → true
 */
export function isDoubtfulClitic(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (shortStemsOffPage(ctx, t, LEX.CORPUS_PERS)) return true;
  const prev = ctx.tokens[i - 1];
  if (prev?.kind !== 'word') return false;
  // لكن وولتر غولييلموني: no conjunction follows لكن, a preposition or إن; the و is the name's.
  if (t.text.startsWith('و') && NO_AND_AFTER.has(prev.text)) return true;
  if (!isSpeechToken(ctx, prev)) return false;
  const splits = cliticReadings(t);
  return splits[0]?.prefix === 'ب' && splits.every((r) => r.stem.length <= SHORT_STEM);
}

/** The readings of t with a proclitic off and no article. */
const cliticReadings = (t: Token) => procliticSplits(t.text).slice(1).filter((r) => !r.article);

/**
 * Whether token t is a common word (فتوى) whose clitic reading the tagger took for a name's first
 * word: the word is no part of the name that follows it, whatever corpus lists its short stem.
 * @example isCommonWordReadAsClitic(ctx of 'فتوى السيستاني', token فتوى) → true
 */
export function isCommonWordReadAsClitic(ctx: BoundsContext, t: Token): boolean {
  return ctx.classOf(foldArabic(t.text)) === LEX.COMMON && shortStemsOffPage(ctx, t, 0);
}

/** Whether t opens with a doubted clitic whose readings leave only short stems, none bare on the page nor of the classes `backing`. */
function shortStemsOffPage(ctx: BoundsContext, t: Token, backing: number): boolean {
  // و and ل are read off short names often enough (وجو، لشذى): only ب، ك and ف are doubted.
  const splits = cliticReadings(t);
  if (!DOUBTED_PREFIX.test(splits[0]?.prefix ?? '')) return false;
  const short = splits.filter((r) => r.stem.length <= SHORT_STEM);
  if (short.length === 0 || splits.some((r) => r.stem.length > SHORT_STEM && ctx.classOf(r.stem) !== 0)) return false;
  const bare = ctx.bareWords();
  return short.every((r) => !bare.has(r.stem) && !(ctx.classOf(r.stem) & backing));
}

/**
 * The folded words of a name whose first word stands after the ل of لل (للأسد، للسيسي), with the
 * article that ل + ال wrote as لل given back (الأسد، السيسي), so the mention links to the page's
 * fuller name: when the page or the name lists know the word with the article and not the word
 * as it stands, which keeps names that open with ل (للابورتا → لابورتا، للوريل → لوريل).
 * @example withArticleAfterLam(ctx of 'بشار الأسد … الموالين للأسد', token للأسد, its start + 1, ['لاسد']) → ['الاسد']
 */
export function withArticleAfterLam(ctx: BoundsContext, first: Token, start: number, words: string[]): string[] {
  const w = words[0];
  if (start !== first.start + 1 || !w?.startsWith('ل') || !foldArabic(first.text).startsWith('لل')) return words;
  const definite = 'ا' + w, bare = ctx.bareWords();
  const known = (f: string) => bare.has(f) || (ctx.classOf(f) & NAME_CLASS) !== 0;
  return known(definite) && !known(w) ? [definite, ...words.slice(1)] : words;
}

/**
 * How many characters of the first word of a name at token i are the conjunction و the tagger
 * kept: one when the word opens with و, is no curated name (وليد، وضاح are), leaves three
 * letters or more, and a name or a word with the article comes before it, as in a list of
 * names (لافي الغيداني وفراج الكرشمي); not after a verb (تساءل وانج رويو).
 * @example conjunctionLength(ctx of 'لافي الغيداني وفراج الكرشمي', 2) → 1
 */
export function conjunctionLength(ctx: BoundsContext, i: number): number {
  const t = ctx.tokens[i]!, prev = ctx.tokens[i - 1];
  const f = foldArabic(t.text);
  if (!f.startsWith('و') || f.length < 4 || ctx.classOf(f) & CURATED_NAME || prev?.kind !== 'word') return 0;
  const p = foldArabic(prev.text), bits = ctx.classOf(p);
  if (bits & (LEX.TITLE | LEX.SPEECH) || !(p.startsWith('ال') || bits & (CURATED_NAME | LEX.CORPUS_PERS))) return 0;
  return foldedOffset(t.text, 1);
}
