/**
 * A family name the tagger left out after a given name that a title or a nationality introduces
 * (الأستاذ منصور [النقيب]، المهاجم السوري عمر [السومة]، المهندس إبراهيم [السلطان]): after a
 * role the page names a person, and the word with the article right after the given name is his
 * family name even when it is also a title or a word no list knows (العقلة، العمدة), unless it
 * is a relative pronoun, a common word, a cue or a plural (الأمير تشارلز الذي، الملك سلمان
 * الداخلية، كيري اليوم). A word without the article must be one the lists know as a surname or
 * the corpora as a person's (الصحافي مصطفى [أمين]), not one behind و.
 */
import { foldArabic } from './normalize';
import { PLURAL } from './people-page-pair';
import { LEX } from './ner/lexicon';
import { RELATIVE_PRONOUNS } from './name-words';
import { CURATED_NAME, type BoundsContext } from './people-context';

/** Classes a family name after a titled given name may have: a name's, or a title's (النقيب، السلطان). */
const FAMILY_CLASS = CURATED_NAME | LEX.CORPUS_PERS | LEX.TITLE;
/** Classes of the word before the given name that introduce a person: a role, a nationality. */
const INTRODUCES = LEX.TITLE | LEX.DEMONYM;

/**
 * Whether token a + 1 is the family name of the lone given name at token a, which a title or a
 * demonym with the article introduces.
 * @example isFamilyNameAfterTitledGiven(ctx of 'الأستاذ منصور النقيب بالدعاء', 1) → true
 */
export function isFamilyNameAfterTitledGiven(ctx: BoundsContext, a: number): boolean {
  const title = ctx.tokens[a - 1], given = ctx.tokens[a]!, family = ctx.tokens[a + 1];
  if (title?.kind !== 'word' || family?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(given.end, family.start))) return false;
  const f = foldArabic(family.text), t = foldArabic(title.text);
  if (!t.startsWith('ال') || RELATIVE_PRONOUNS.has(f)) return false;
  // (a plural, الفائزين، الزيارات, is no family name)
  if (f.startsWith('ال') ? f.length < 5 || PLURAL.test(f) : f.length < 3 || f.startsWith('و') || !(ctx.classOf(f) & (LEX.SURNAME | LEX.CORPUS_PERS))) return false;
  const g = ctx.classOf(foldArabic(given.text));
  if (!(g & LEX.GIVEN) || g & (LEX.TITLE | LEX.SPEECH)) return false;
  return !(ctx.classOf(f) & ~FAMILY_CLASS) && (ctx.classOf(t) & INTRODUCES) !== 0;
}
