/**
 * Where a speech verb's subject after it ends because a construct object starts: ووصف الخبير
 * العسكري موقف الأردن …، ونفى المسؤول صحة الشائعات. A definite phrase cannot take a bare noun
 * after it, so a common noun without the article that governs a definite genitive (موقف
 * الأردن، صحة الشائعات) opens the verb's object. A name in that place (الوزير عادل الجبير، الرئيس
 * قائد السبسي) or a role in apposition (الوزير رئيس الوفد) goes on with the subject: only a word
 * the lexicon knows as common and never as a name, a title or a place is cut at.
 */
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';
import type { QuoteContext } from './quotes-context';
import { isRoleWord } from './quotes-roles';

/** Lexicon classes that let a word stand in a name, a title or a place (عادل، قائد، نائب، مدير). */
export const NAME_OR_TITLE = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.TITLE | LEX.CORPUS_PERS | LEX.CORPUS_LOC | LEX.CORPUS_ORG
  | LEX.CORPUS_MISC | LEX.COUNTRY | LEX.PLACE | LEX.ORG_CUE | LEX.DEMONYM;

/** A plain Arabic word with no article and no clitic letter that may be a preposition or conjunction. */
const BARE = /^[^والبفك][\u0621-\u064A]{2,}$/;

/**
 * Whether token b, after a subject ending in a definite word at b - 1, is a common noun governing
 * the definite word after it: the verb's object (موقف الأردن), not more of the subject.
 * @example for 'ونفى المسؤول صحة الشائعات' with b on صحة → true
 * @example for 'وقال الوزير عادل الجبير' with b on عادل → false
 */
export function startsConstructObject(ctx: QuoteContext, b: number): boolean {
  const f = ctx.f(b);
  if (ctx.tokens[b]?.kind !== 'word' || ctx.tokens[b + 1]?.kind !== 'word' || !BARE.test(f) || isRoleWord(f)) return false;
  if (!/^ال\S{2,}$/.test(ctx.f(b + 1))) return false;
  return isCommonOnly(f);
}

/** Whether the lexicon knows a folded word as common and never as a name, a title or a place. */
export function isCommonOnly(f: string): boolean {
  const bits = loadNerModel().classOf(f);
  return (bits & LEX.COMMON) !== 0 && (bits & NAME_OR_TITLE) === 0;
}
