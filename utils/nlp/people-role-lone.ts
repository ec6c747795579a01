/**
 * A one-word name right after a role (قال المفوض بيبالغكس، الحارس الألماني تيرشتيجن، الأمير
 * فيليب) that the tagger called a person with less confidence than the page-wide floor for a lone
 * word (people-link.ts): the role announces a person, so the word stands as sure as that floor,
 * when it is shaped as a name: no article, no feminine or plural ending, no pronoun, no accusative
 * of a known word (تحسب له الملكة حسابا), no common word, and no listed given name before a word
 * with the article, which is the family name the finder did not take (الأستاذ سعد الصعب), or the
 * noun the given name heads (رئيس ديوان المظالم، تل الشيخ حسين الخاضع).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { hasNounEnding, hasPronounSuffix, type BoundsContext } from './people-context';
import { isKnownWord } from './people-demonym';

/** The least tagger confidence a one-word name after a role needs. */
const LEAST_AFTER_ROLE = 0.3;

/**
 * Whether the one-word name `f` (folded, clitics off) at token a, with the tagger's confidence `confidence` and the role
 * phrase `role` before it, stands as a name on the role's word.
 * @example isLoneNameAfterRole(ctx of 'من جهته، قال المفوض بيبالغكس أن', 5, 'بيبالغكس', 0.35, 'المفوض') → true
 */
export function isLoneNameAfterRole(ctx: BoundsContext, a: number, f: string, confidence: number, role: string | undefined): boolean {
  if (role === undefined || confidence < LEAST_AFTER_ROLE) return false;
  if (f.length < 3 || f.startsWith('ال') || hasNounEnding(f) || hasPronounSuffix(f)) return false;
  const bits = ctx.classOf(f);
  if (bits & LEX.COMMON || (f.endsWith('ا') && isKnownWord(ctx, f.slice(0, -1)))) return false;
  const next = ctx.tokens[a + 1];
  return !(bits & LEX.GIVEN && next?.kind === 'word' && foldArabic(next.text).startsWith('ال'));
}
