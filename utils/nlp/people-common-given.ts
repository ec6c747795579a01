/**
 * A given name that is also a common word, left out before the family name at a person's first
 * mention on the page (المؤلفة آمال [حجازي]، السياسي أمين [قمورية]، الشاب باسم [شكري]): آمال
 * "hopes", أمين "trustee", باسم "smiling" are words the lists know as more than names, so
 * people-given.ts does not take them. At a first mention, after a noun with the article that
 * describes the person or a role, a news text gives the person's given name: the word before a
 * family name seen nowhere earlier on the page is that name. A family name met before (الكونغرس
 * أمر [أوباما] after باراك أوباما) was introduced there, and the word before it is no name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { RELATIVE_PRONOUNS } from './name-words';
import { NAME_CLASS } from './people-not-names';
import { PLURAL } from './people-page-pair';
import type { BoundsContext } from './people-context';

/** Classes of a word before a name in apposition or as a subject: a role, a verb of speech, a nationality. */
export const INTRODUCES = LEX.SPEECH | LEX.TITLE | LEX.DEMONYM;
/** Classes that make the given word a place or an organisation rather than a name (في فيكتوريا [كوليدج]). */
const PLACE_OR_ORG = LEX.PLACE | LEX.COUNTRY | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.ORG_CUE | LEX.PLACE_CUE;

/**
 * Whether the listed given name `g` (folded, of class `bits`; the lists may also know it as a
 * common word) before the one-word person span at token ts is left out of the family name's first
 * mention on the page. isListedGivenNameBefore (people-given.ts) asks this after its own checks of
 * the word (no article, no connector, no word that is no name here).
 * @example isCommonGivenNameBefore(ctx of 'وقالت المؤلفة آمال حجازي إن', 3, 'امال', bits) → true
 */
export function isCommonGivenNameBefore(ctx: BoundsContext, ts: number, g: string, bits: number): boolean {
  const { tokens } = ctx;
  const given = tokens[ts - 1]!, before = tokens[ts - 2], family = tokens[ts];
  if (before?.kind !== 'word' || family?.kind !== 'word') return false;
  // Only white space between the three words: a mark ends a phrase (الأعلى، أمر …).
  if (!/^\s+$/.test(ctx.text.slice(before.end, given.start)) || !/^\s+$/.test(ctx.text.slice(given.end, family.start))) return false;
  // على / علي is read by people-not-names.ts from how the page writes it, not here; a title
  // (الباجي قائد [السبسي]) is trimmed off a name, never added to one.
  if (bits & (PLACE_OR_ORG | LEX.TITLE) || g === 'علي') return false;
  const b = foldArabic(before.text), bb = ctx.classOf(b);
  if (RELATIVE_PRONOUNS.has(b) || bb & NAME_CLASS) return false;
  if (!/^[وف]?ال/.test(b) && !(bb & INTRODUCES)) return false;
  // التأشيرات أمر [روتيني]: a plural noun is no one person's description; the word after it is its predicate.
  if (PLURAL.test(b)) return false;
  return isFirstMention(ctx, ts, foldArabic(family.text));
}

/** Whether the folded word `f` of token ts stands nowhere on the page before it. */
function isFirstMention(ctx: BoundsContext, ts: number, f: string): boolean {
  for (let j = 0; j < ts; j++) if (ctx.tokens[j]!.kind === 'word' && foldArabic(ctx.tokens[j]!.text) === f) return false;
  return true;
}
