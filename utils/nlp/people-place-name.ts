/**
 * Place and organisation words in a tagged person span. The tagger sometimes reads the name of a
 * place or a club as a person's (حكومة الشيشان حسن حكيموف، دينامو كييف، هونغ كونغ): people-bounds.ts
 * trims such words off the head of a span, and drops the span when what is left is one more such
 * word, the rest of the same place's or club's name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CORPUS_OTHER, type BoundsContext } from './people-context';
import { procliticSplits, type Token } from './tokenize';

/** Classes of a word that lists know as (part of) a person's name. */
const PERSON_CLASS = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;

/**
 * Whether a token is a place, a country or an organisation word that no list knows as part of a
 * person's name (الشيشان in حكومة الشيشان حسن حكيموف).
 * @example isPlaceOrOrgOnly(ctx, token of 'كييف') → true
 */
export function isPlaceOrOrgOnly(ctx: BoundsContext, t: Token): boolean {
  const bits = ctx.classOf(foldArabic(t.text));
  if (!(bits & (LEX.COUNTRY | LEX.CORPUS_LOC | LEX.CORPUS_ORG)) || bits & PERSON_CLASS) return false;
  // وكريستي بيويو: a word the corpora alone know as a body's, behind و a name the lists know as a
  // person's and the corpora as no place's or body's (not وسان جيرمان).
  const isPersonsOnly = (b: number) => (b & LEX.PERSON) !== 0 && !(b & CORPUS_OTHER);
  return (bits & ~CORPUS_OTHER) !== 0 || !procliticSplits(t.text).some((r) => r.prefix === 'و' && !r.article && isPersonsOnly(ctx.classOf(r.stem)));
}

/**
 * Whether the span [ts, te), once place or organisation words were trimmed off its head from
 * token `head`, is one word that is itself only a place or an organisation word: the tail of a
 * club's or a place's name of two words (دينامو كييف، أديس أبابا، هونغ كونغ), no person's name.
 * A lone place word the tagger called a person with nothing trimmed stays (a surname may also
 * name a place); here the word before it shows which it is.
 * @example isRestOfPlaceName(ctx of 'وقلص دينامو كييف الفارق', 1, 2, 3) → true
 */
export function isRestOfPlaceName(ctx: BoundsContext, head: number, ts: number, te: number): boolean {
  return ts > head && te - ts === 1 && isPlaceOrOrgOnly(ctx, ctx.tokens[ts - 1]!) && isPlaceOrOrgOnly(ctx, ctx.tokens[ts]!);
}
