/**
 * A feminine noun after a name (عبدالرحيم محمد حسين جولة تشمل …، قصي حاتم أغنية): the tagger runs
 * the name on into the noun it governs or the object after it. A word ending in ة that the lists
 * know only as a common word, without the article, is no part of a name: family names ending in
 * ة (خليفة، عطية، سلامة) are known as names. people-bounds.ts trims it off the end of a span.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import type { Token } from './tokenize';

/**
 * Whether a token is a feminine common noun without the article that no list knows as a name.
 * @example isFeminineCommonNoun(ctx, token of 'جولة') → true
 */
export function isFeminineCommonNoun(ctx: BoundsContext, t: Token): boolean {
  const f = foldArabic(t.text);
  return f.endsWith('ة') && !f.startsWith('ال') && ctx.classOf(f) === LEX.COMMON;
}
