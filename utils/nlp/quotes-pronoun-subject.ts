/**
 * A speech verb with a separate subject pronoun right before it (وعما إذا هي تتابع المسلسلات،
 * وهو يقول لرزق، فيما هم يرددون الشعارات): the pronoun is the verb's subject, so the noun phrase
 * after the verb is its object or the one spoken to, never who speaks. The speaker is who the
 * pronoun refers back to, found like that of any verb without a subject of its own.
 */
import type { QuoteContext } from './quotes-context';

/** Separate subject pronouns (folded), with or without و/ف: هو، هي، هم، هما، هن، أنا، نحن، أنت. */
const PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن', 'انا', 'نحن', 'انت', 'انتم']);

/**
 * Whether a folded word is a separate subject pronoun, behind و or ف or not (هو، وهي، فهم).
 * @example isSubjectPronoun('وهو') → true
 */
export function isSubjectPronoun(f: string): boolean {
  return PRONOUNS.has(f) || (/^[وف]/.test(f) && PRONOUNS.has(f.slice(1)));
}

/**
 * Whether the token before the speech verb at `verb` is a separate subject pronoun.
 * @example hasPronounSubject(ctx, k) for k on تتابع in 'وعما إذا هي تتابع المسلسلات اللبنانية قالت:' → true
 * @example hasPronounSubject(ctx, k) for k on وقال in 'وقال الوزير: «…»' → false
 */
export function hasPronounSubject(ctx: QuoteContext, verb: number): boolean {
  if (verb < 1 || ctx.tokens[verb - 1]?.kind !== 'word') return false;
  return isSubjectPronoun(ctx.f(verb - 1));
}
