/**
 * Given names that are also adjectives (سليم، سعيد، عادل، نبيل، همام) after a word that asks for
 * an adjective, not for a name: an adverbial head (بشكل سليم، بصورة حسنة), a personal pronoun as
 * the subject of a nominal sentence (أنا سعيد، أنت نصراوي), an indefinite noun for a person
 * (رجل همام، شخص غاوي شهرة). A name in construct after these words is rare in news text, where
 * a person is introduced by a title, a role or a verb, so a lone word there is the adjective.
 */
import { foldArabic } from './normalize';
import { words, type BoundsContext } from './people-context';
import { procliticSplits } from './tokenize';

/** Nouns that, behind the preposition ب, make an adverbial of manner with an adjective after them (بشكل سليم). */
const MANNER_HEADS = words('شكل صورة طريقة أسلوب');

/** Personal pronouns that open a nominal sentence whose predicate follows (أنا سعيد); not هو، هي (هذا هو داني). */
const PRONOUNS = words('أنا أنت أنتم أنتما أنتن نحن');

/** Indefinite nouns for a person, which take a describing adjective (رجل سعيد، شاب طموح). */
const PERSON_NOUNS = words('رجل امرأة شخص شاب فتاة طفل إنسان');

/**
 * Whether the one-word span at ts follows a word that asks for an adjective: the word is then
 * the adjective, not a person's name (بشكل سليم، أنا سعيد، رجل همام).
 * @example isAdjectiveAfterHead(ctx of 'وتسير الأمور بشكل سليم', 3, 4) → true
 */
export function isAdjectiveAfterHead(ctx: BoundsContext, ts: number, te: number): boolean {
  const prev = ctx.tokens[ts - 1];
  if (te - ts !== 1 || prev?.kind !== 'word') return false;
  const f = foldArabic(prev.text);
  // A pronoun stands bare or behind و، ف (وأنا، فأنا).
  if (PRONOUNS.has(f.replace(/^[وف]/, '')) || PRONOUNS.has(f)) return true;
  return procliticSplits(prev.text).some((r) => !r.article && (r.prefix.endsWith('ب') && MANNER_HEADS.has(r.stem) || PERSON_NOUNS.has(r.stem)));
}
