/**
 * A family name that is also a title with the article (محمد المرشد، عبدالرحمن السلطان، الهادي محمد
 * الأمين): right after a given name inside a tagged span, and closed as a name is closed, by a role
 * in apposition, a mark or the أن of reported speech, the word is the bearer's family name, not
 * the role the span ran on into; so is a bare title the lists also know as a family name (محمد رحيم
 * أمين حاكم منطقة). people-bounds.ts keeps it where it would trim a title off the end.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isTitleToken, type BoundsContext } from './people-context';
import { CLOSING_MARKS, THAT } from './people-closed-family';

/** Plural and feminine endings (المستشارون، الأمينة), of no man's family name; not ين, which ends الأمين. */
const NOUN_ENDING = /(ون|ات|ة)$/;

/**
 * Whether token j, a title with the article (المرشد), is the family name of the given name at
 * token j - 1 (محمد), as what follows closes the name: a role without the article (مدير عام
 * التعليم), a mark or أن. A title that is also a common word (الباحث، المفوض) or a verb of speech
 * is left to be trimmed, as is one after a word with the article (الأمير سلطان الوزير).
 * @example isTitleAsFamilyName(ctx of 'بحضور محمد المرشد مدير عام التعليم', 2) → true
 */
export function isTitleAsFamilyName(ctx: BoundsContext, j: number): boolean {
  const { tokens } = ctx, family = tokens[j], given = tokens[j - 1], next = tokens[j + 1];
  if (family?.kind !== 'word' || given?.kind !== 'word') return false;
  const f = foldArabic(family.text), g = foldArabic(given.text);
  const bits = ctx.classOf(f), gb = ctx.classOf(g);
  // محمد رحيم أمين حاكم منطقة: without the article, a title the lists also know as a family name.
  const bare = !f.startsWith('ال') && f.length >= 4 && (bits & (LEX.SURNAME | LEX.CORPUS_PERS)) !== 0;
  if (!(f.startsWith('ال') && f.length >= 5 || bare) || NOUN_ENDING.test(f) || !(bits & LEX.TITLE) || bits & (LEX.COMMON | LEX.SPEECH)) return false;
  if (g.startsWith('ال') || !(gb & LEX.GIVEN) || gb & (LEX.TITLE | LEX.SPEECH | LEX.COMMON)) return false;
  if (!/^\s+$/.test(ctx.text.slice(given.end, family.start))) return false;
  if (!next) return true;
  if (next.kind !== 'word') return CLOSING_MARKS.has(next.text);
  const n = foldArabic(next.text);
  return THAT.test(n) || !n.startsWith('ال') && !n.startsWith('و') && isTitleToken(ctx, next);
}
