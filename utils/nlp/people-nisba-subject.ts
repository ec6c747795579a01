/**
 * Where a surname that is also an adjective (الشمري، الصيني "Chinese") stands again on a page
 * that named the person in full, it is the person when the word before it cannot carry it as an
 * adjective. A definite adjective follows a definite noun (الجانب الصيني، زميله السعودي، مصر
 * العربية) or the feminine head of a construct (عائلة الحربي); after a bare word that is none of
 * these, as a verb is (وقد رافق الشمري النزلاء، وضرب الصيني أمثلة), it is a noun: the surname.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { hasPronounSuffix, type BoundsContext } from './people-context';
import { procliticSplits, type Token } from './tokenize';

/** Classes of a word that may head a definite adjective: a place, a body, a name, a role, a nationality. */
const HEADS_ADJECTIVE = LEX.PLACE | LEX.COUNTRY | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.CORPUS_MISC | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.DEMONYM | LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS | LEX.MODIFIER;

/**
 * Whether the word before token i cannot take the adjective at i: a bare word of three letters
 * or more (clitics و، ف، قد aside) without the article, a pronoun or the feminine ة, which no
 * list knows as a place, a body, a name or a nationality; the surname itself no common word.
 * @example isNisbaReadAsNoun(ctx of 'وقد رافق الشمري النزلاء', 2) → true; of 'عائلة الحربي', 1 → false
 */
export function isNisbaReadAsNoun(ctx: BoundsContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  // A word the corpora show as common (الماضي "last", after a month) stays an adjective.
  if (prev?.kind !== 'word' || ctx.classOf(foldArabic(ctx.tokens[i]!.text)) & LEX.COMMON) return false;
  const f = foldArabic(prev.text);
  if (f.length < 3 || f.endsWith('ة') || f.endsWith('ي') || f.endsWith('ين') || f.endsWith('ات') || hasPronounSuffix(f)) return false;
  const readings = procliticSplits(prev.text).filter((r) => /^[وف]?$/.test(r.prefix));
  if (readings.length === 0 || readings.some((r) => r.article || r.stem.startsWith('ال'))) return false;
  return readings.every((r) => !(ctx.classOf(r.stem) & HEADS_ADJECTIVE));
}

/**
 * Whether the word right before token i carries the article: the place of an agreeing adjective
 * (الوفد الشمري), where a surname shaped as a nisba may be read as one.
 * @example followsDefiniteWord(tokens of 'وحضر الوفد الشمري', 2) → true; of 'سقوط نظام القذافي', 2 → false
 */
export function followsDefiniteWord(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev?.kind === 'word' && procliticSplits(prev.text).some((r) => r.article || r.stem.startsWith('ال'));
}
