/**
 * A family name the lists do not know, left out after two given names, when what follows closes
 * the name (عبدالله نايف المريبض أنه، فؤاد أفرام البستاني (1953)، بندر محمد الحمر المصور): Gulf and
 * Levantine news give a given name, the father's, then the family with the article, and the
 * tagger stops before a family name the corpora saw as a place or an organisation, or one opening
 * with الم as participles do. people-family.ts takes such a word only when the lists allow it; here
 * the closure stands for that proof: a mark, the conjunction أن/إن of reported speech, or a role.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { NASAB, RELATIVE_PRONOUNS, isNameConnector } from './name-words';
import { hasNounEnding, isTitleToken, type BoundsContext } from './people-context';

/** Classes a family name may have here: a name's, or a place's or an organisation's in the corpora (البستاني، الحمر). */
const FAMILY_CLASS = LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS | LEX.CORPUS_LOC | LEX.CORPUS_ORG;
/** Marks that close a name (also read by people-title-surname.ts). */
export const CLOSING_MARKS = new Set(['،', ',', ':', '.', '(', '»', '"', '؛']);
/** أن، إن، أنه، إنها … (folded): reported speech opens right after its speaker's name. */
export const THAT = /^[وف]?ان(ه|ها|هم)?$/;

/**
 * Whether token b is the family name of the name [a, b) of two given names, closed by what follows.
 * @example isClosedFamilyAfterGivenNames(ctx of 'وأوضح عبدالله نايف المريبض أنه', 1, 3) → true
 */
export function isClosedFamilyAfterGivenNames(ctx: BoundsContext, a: number, b: number): boolean {
  const { tokens } = ctx, family = tokens[b];
  if (b - a !== 2 || family?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(tokens[b - 1]!.end, family.start))) return false;
  for (let i = a; i < b; i++) {
    const f = foldArabic(tokens[i]!.text), bits = ctx.classOf(f);
    if (f.startsWith('ال') || NASAB.has(f) || isNameConnector(f) || bits & LEX.COMMON) return false;
    if (i === a && !(bits & LEX.GIVEN)) return false;
  }
  const f = foldArabic(family.text), bits = ctx.classOf(f);
  if (!f.startsWith('ال') || f.length < 5 || hasNounEnding(f) || f.endsWith('ه') || RELATIVE_PRONOUNS.has(f) || bits & ~FAMILY_CLASS) return false;
  const next = tokens[b + 1];
  if (!next) return true;
  if (next.kind !== 'word') return CLOSING_MARKS.has(next.text);
  return THAT.test(foldArabic(next.text)) || isTitleToken(ctx, next);
}
