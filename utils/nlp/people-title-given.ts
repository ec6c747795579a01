/**
 * A title word that is the person's given name before a bare name (أمين راضي، أمير كردي، سلطان
 * عبد الله الحسين، السلطان ملك شاه): أمين، أمير، سلطان، ملك are titles and given names alike.
 * Before a word without the article that the lists know as a name, or that no list knows at all
 * (a foreign or rare family name: أمين أبي ياغي), the word is the name's first; a title governs a
 * place, a body or a common noun instead (أمير قطر، سلطان عمان، أمين عام، أمين سر), or a word
 * with the article (ملك الأردن, people-extent.ts isTitleAsGivenName).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CORPUS_OTHER, CURATED_NAME, hasNounEnding, type BoundsContext } from './people-context';
import { procliticSplits } from './tokenize';

/** Classes of the word after the title that show a place, a body, a common word or another title. */
const NOT_A_NAME_PART = LEX.COUNTRY | LEX.PLACE | LEX.DEMONYM | LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.MODIFIER | LEX.CORPUS_ORG;

/** Classes that show a title word is not used as a given name. */
const NOT_A_GIVEN_NAME = LEX.COMMON | LEX.SPEECH | CORPUS_OTHER;

/**
 * Whether the title word at token i, without the article, is the given name of the name that
 * follows it (وأمير كردي، السلطان ملك شاه).
 * @example isTitleGivenBeforeName(ctx of 'وقال أمين راضي إن', 1) → true
 */
export function isTitleGivenBeforeName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], next = ctx.tokens[i + 1];
  if (t?.kind !== 'word' || next?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(t.end, next.start))) return false;
  // A given name of people, not also a common word or a word the corpora know in a body's or a
  // thing's name (دكتور: العقيد دكتور عاطي is a title); the article shows the title (البابا فرنسيس).
  const isGiven = (bits: number) => (bits & LEX.GIVEN) !== 0 && (bits & (LEX.PERSON | LEX.CORPUS_PERS)) !== 0 && !(bits & NOT_A_GIVEN_NAME);
  if (!procliticSplits(t.text).some((r) => !r.article && !r.stem.startsWith('ال') && /^[وف]?$/.test(r.prefix) && isGiven(ctx.classOf(r.stem)))) return false;
  const f = foldArabic(next.text), bits = ctx.classOf(f);
  if (f.startsWith('ال') || f.length < 3 || bits & NOT_A_NAME_PART) return false;
  // A name the lists know (راضي، شاه، عبد), or a word no list knows that does not end as a
  // feminine or plural noun does (more often a common noun's).
  // After a role or a description with the article (المحلل السياسي أمين قمورية) the word may end so.
  const before = ctx.tokens[i - 1];
  const described = before?.kind === 'word' && foldArabic(before.text).startsWith('ال');
  return (bits & (CURATED_NAME | LEX.CORPUS_PERS)) !== 0 || bits === 0 && (!hasNounEnding(f) || described);
}
