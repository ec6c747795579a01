/**
 * Whether a clitic the tagger read off a person's first word (ب، ك، ف) is one: a short stem
 * the lists happen to know as a name (درو، واك، توى) more often leaves a word of its own (بدرو،
 * كواك، فتوى) than a name behind a clitic. A stem of three letters or fewer
 * is taken only when it stands bare on the page or the corpora know it as a person's name (لعلي، وعمر).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { procliticSplits, type Token } from './tokenize';
import { NAME_CLASS } from './people-not-names';

/** Clitics whose reading off a short stem is doubted: ب، ك or ف opening the word (not و: وجو، وكريغ). */
const DOUBTED_PREFIX = /^[بكف]$/;

/** The longest stem that needs more than a listing to be read off a clitic. */
const SHORT_STEM = 3;

/**
 * Whether the clitic reading the tagger took for token t is doubtful (it leaves only short stems).
 * @example isDoubtfulClitic(ctx of 'برشلونة بدرو رودريغيز', token بدرو) → true
 */
export function isDoubtfulClitic(ctx: BoundsContext, t: Token, i?: number): boolean {
  return shortStemsOffPage(ctx, t, LEX.CORPUS_PERS) || (i !== undefined && isSubjectAfterSpeechVerb(ctx, t, i));
}

/**
 * Whether token t (at i) stands right after a verb of speech with a ب the tagger read off a short
 * stem: the verb's subject, a name of its own (وقال بوين إنه), not a phrase with بـ.
 */
function isSubjectAfterSpeechVerb(ctx: BoundsContext, t: Token, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (prev?.kind !== 'word' || !t.text.startsWith('ب')) return false;
  const v = foldArabic(prev.text);
  if (!(ctx.classOf(v) & LEX.SPEECH) && !(/^[وف]/.test(v) && ctx.classOf(v.slice(1)) & LEX.SPEECH)) return false;
  const splits = procliticSplits(t.text).slice(1).filter((r) => !r.article);
  return splits[0]?.prefix === 'ب' && splits.every((r) => r.stem.length <= SHORT_STEM);
}

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
  const splits = procliticSplits(t.text).slice(1).filter((r) => !r.article);
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
