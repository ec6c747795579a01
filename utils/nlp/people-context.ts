/**
 * What the checks on a person's name need to know of a word and of the page, and what they share
 * of reading words: people-bounds.ts trims and splits a name, people-institutions.ts drops one
 * that designates an institution, a group, a club or a title.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { procliticSplits, type Token } from './tokenize';
import type { WordTable } from './people-word-table';

/** Arabic letters only: no digits, no Latin, no marks. */
export const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/** A word list: the folded words of a block separated by white space. */
export const words = (block: string) => new Set(block.split(/\s+/).filter(Boolean).map(foldArabic));

/** Whether only white space stands between the tokens of [a, b) (ولد ألكسيس تسيبراس, not ألكسيس، تسيبراس). */
export function spacedOnly(ctx: BoundsContext, a: number, b: number): boolean {
  for (let i = a; i < b - 1; i++) if (!/^\s+$/.test(ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i + 1]!.start))) return false;
  return true;
}

/** What the bounds need to know of a word and of the page. */
export interface BoundsContext {
  text: string;
  tokens: readonly Token[];
  classOf(folded: string): number;
  /** The word's cluster code, 0 for a word rare in the corpora (absent: every word counts as rare). */
  clusterOf?(folded: string): number;
  /** writesFinalYaAsAlifMaqsura(text), computed once per page, when a word written على first asks. */
  yaAsAlifMaqsura(): boolean;
  /** writesAlaWithAlifMaqsura(text), computed once per page, when a word written علي first asks. */
  writesAla(): boolean;
  /** writesIlaWithYa(text), computed once per page, when a rule for a name علي first asks. */
  writesIlaWithYa(): boolean;
  /** The folded words of the page, computed once, when a word with و inside a name first asks. */
  bareWords(): ReadonlySet<string>;
  /** Notes the folded words of a name a naming cue showed to be no person's (people-products.ts), to drop it page-wide. */
  notAPerson?(folded: readonly string[]): void;
  /** The page's words by token index (people-word-table), built once per page. */
  table: WordTable;
}

/** The stems of every proclitic reading of a word, the whole word first (وبالرئيس → وبالرئيس، بالرئيس، الرئيس، رئيس). */
export const stems = (word: string) => procliticSplits(word).map((s) => s.stem);

/**
 * Whether a stem of a proclitic reading of `word` passes `test` (as stems(word).some(test),
 * without building the array: the rules ask this of most tokens of a page).
 * @example someStem('وبالرئيس', (s) => s === 'رئيس') → true
 */
export function someStem(word: string, test: (stem: string) => unknown): boolean {
  for (const r of procliticSplits(word)) if (test(r.stem)) return true;
  return false;
}

/**
 * Whether a folded word may hold the article: ال, or the لل where the preposition ل meets it
 * (للأمير، وللإنجليزي), which has no ال in its letters. A cheap look before the clitic readings.
 * @example mayHoldArticle('للانجليزي') → true; mayHoldArticle('لندن') → false
 */
export const mayHoldArticle = (f: string): boolean => f.includes('ال') || opensWithLamLam(f);

/** Whether a folded word opens with لل, after a و or ف or not (read by code: asked of many words). */
function opensWithLamLam(f: string): boolean {
  const c = f.charCodeAt(0), k = c === 0x648 || c === 0x641 ? 1 : 0;
  return f.charCodeAt(k) === 0x644 && f.charCodeAt(k + 1) === 0x644;
}

/**
 * Military ranks, most of them borrowed (اللفتنانت كولونيل، الميجور جنرال), the borrowed
 * البروفسور and the cleric's الملا, that the cue list lacks: in a name's place they are titles,
 * never the name (كولونيل مانيش ميهتا → مانيش ميهتا، البروفسور هابيما → هابيما، الملا عمر → عمر).
 * Kept out of the cue list the tagger was trained with, so its features stay as they were. A
 * word's stems include its reading without the article, so a rank is listed bare.
 */
const RANKS = words(`
  لفتنانت كولونيل ميجور ماجور بريغادير بريجادير أدميرال كوماندر كومودور ماريشال سيرجنت سرجنت رقيب عريف ملازم
  المارشال
  بروفسور بروفسورة بروفيسورة
  ملا
`);

/**
 * Whether a stem of a proclitic reading of `word` has one of the lexicon classes `bits`, or is one
 * of `also` (someStem without a closure made per call: the rules ask this of most tokens).
 */
function someStemOfClass(ctx: BoundsContext, word: string, bits: number, also?: ReadonlySet<string>): boolean {
  for (const r of procliticSplits(word)) if ((ctx.classOf(r.stem) & bits) !== 0 || also?.has(r.stem)) return true;
  return false;
}

/** Whether a reading of token `t`, clitics off, is a title (الرئيس، ووزير، للأمير) or a rank (كولونيل). */
export const isTitleToken = (ctx: BoundsContext, t: Token): boolean => someStemOfClass(ctx, t.text, LEX.TITLE, RANKS);

/**
 * Whether a reading of token `t`, clitics and article off, is a borrowed rank (اللفتنانت، كولونيل):
 * never a name of its own.
 * @example isRankToken(ctx, token of 'كولونيل') → true
 */
export const isRankToken = (t: Token): boolean => someStem(t.text, (f) => RANKS.has(f));

/**
 * Whether a word's classes make it a notable's family name and nothing else: a surname of the
 * notables' list, which the lists and the corpora know only as a person's (خامنئي، الأسد).
 * @example isNotableSurnameOnly(classes of 'خامنئي') → true; (classes of 'علي') → false (also a given name and a common word)
 */
export const isNotableSurnameOnly = (bits: number): boolean => (bits & LEX.SURNAME) !== 0 && !(bits & ~(LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS));

/** Whether a reading of token `t`, clitics off, is a speech verb (قال، وأكد، فأضاف). */
export const isSpeechToken = (ctx: BoundsContext, t: Token): boolean => someStemOfClass(ctx, t.text, LEX.SPEECH);

/**
 * Whether token i is the الله of the two-word honorific آية الله, its first word with or without
 * a conjunction or a preposition (وآية الله، لآية الله): the name follows the honorific.
 */
export const isAyatollahAt = (tokens: readonly Token[], i: number): boolean =>
  i > 0 && foldArabic(tokens[i]?.text ?? '') === 'الله' && /^[وف]?[لبك]?اية$/.test(foldArabic(tokens[i - 1]!.text));

/**
 * Whether token k is the point of the abbreviated title د. : the letter د right before it, with no
 * space between (two tokens, as tokenize gives them).
 * @example isDoctorPointAt(tokenize('د. سليمان'), 1) → true
 */
export const isDoctorPointAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '.' && tokens[k - 1]?.text === 'د' && tokens[k - 1]!.end === tokens[k]!.start;

const KINGS_TITLE = ['خادم', 'الحرمين', 'الشريفين'];

/**
 * How many of tokens [ts, te) belong to the king's title خادم الحرمين (الشريفين) when it opens
 * them: none, or up to three (a title kept out of the name, though خادم is also a given name).
 * The title may run on past te: a span of خادم alone before الحرمين is all title.
 * @example kingsTitleLength(tokens of 'خادم الحرمين: السعودية', 0, 1) → 1
 */
export function kingsTitleLength(tokens: readonly Token[], ts: number, te: number): number {
  let k = 0;
  while (ts + k < tokens.length && k < KINGS_TITLE.length && foldArabic(tokens[ts + k]!.text) === KINGS_TITLE[k]) k++;
  return k >= 2 ? Math.min(k, te - ts) : 0;
}

/** The classes of the curated name lists: given names, people's names, surnames. */
export const CURATED_NAME = LEX.GIVEN | LEX.PERSON | LEX.SURNAME;

/** The corpora's classes of a place, a body or another name that is no person's (no curated list gives them). */
export const CORPUS_OTHER = LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.CORPUS_MISC;

/** Endings of feminine and plural nouns and adjectives (الإسلامية، الفائزين، المشاركون), not of family names. */
export const NOUN_ENDINGS = ['ة', 'ون', 'ين', 'ات'];

/** Whether a folded word ends as a feminine or a plural noun does. */
export const hasNounEnding = (f: string) => NOUN_ENDINGS.some((e) => f.endsWith(e));

/** Pronouns a verb or a noun may end with (نظمه، عينها، فسألني), rare at the end of a name. */
const PRONOUN_SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ني'];

/**
 * Whether a folded word ends with a pronoun; with `kaf`, the ك of "your" too (رأيك), which some
 * callers leave out as it also ends names (مردم بك).
 */
export const hasPronounSuffix = (f: string, kaf = false): boolean => PRONOUN_SUFFIXES.some((p) => f.endsWith(p)) || (kaf && f.endsWith('ك'));
