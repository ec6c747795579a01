/**
 * A given name that is also a verbal noun or an adjective (حسن، جميل) heading an indefinite
 * genitive phrase: حسن نية، حسن ظنهم، على حسن تعاملها. people-extent.ts's headsGenitivePhrase
 * reads the definite phrase (حسن التنظيم); this reads the word after the name without the article.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';
import { procliticSplits } from './tokenize';

/** Possessive pronouns a noun may end with (ظنهم، صنيعه، تعاملها), rare at the end of a family name. */
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا'];
/** Classes of a word before a name that announce a person: a title, a demonym, a verb of speech. */
const PERSON_CUE = LEX.TITLE | LEX.SPEECH | LEX.DEMONYM;
/** Prepositions and adverbs that govern a noun in the genitive (على حسن تعاملها، عند حسن ظنهم). */
const GOVERNORS = new Set(['علي', 'عند', 'من', 'في', 'عن', 'الي', 'مع', 'بعد', 'قبل', 'لحسن', 'بحسن']);

/**
 * Whether the lone given name at token a heads an indefinite genitive phrase: the word after it,
 * without the article, is one the lists know only as a common word (حسن نية، حسن ظن), or, after a
 * preposition, a word no list knows that ends in a possessive pronoun (على حسن تعاملها).
 * @example headsIndefiniteGenitive(ctx of 'لا يوجد حسن نية', 2) → true
 */
export function headsIndefiniteGenitive(ctx: BoundsContext, a: number): boolean {
  const given = ctx.tokens[a], next = ctx.tokens[a + 1];
  if (given?.kind !== 'word' || next?.kind !== 'word') return false;
  const f = foldArabic(next.text);
  if (f.startsWith('ال') || f.length < 2) return false;
  if (!procliticSplits(given.text).some((r) => !r.article && r.prefix === '' && (ctx.classOf(r.stem) & LEX.GIVEN) !== 0)) return false;
  const prev = ctx.tokens[a - 1];
  // وقال إبراهيم، الفنانة أليسا: after a title, a demonym or a verb of speech the word is a name.
  if (prev?.kind === 'word' && procliticSplits(prev.text).some((r) => (ctx.classOf(r.stem) & PERSON_CUE) !== 0)) return false;
  // أليسا ودنيا: a word behind و opens the next term of a list; محمد تولى، أشرف يتحدث، أحمد مبكرا:
  // a verb or an adverbial after the subject.
  if (ctx.classOf(f) === LEX.COMMON) return !f.startsWith('و') && !(isVerbForm(f) && !f.endsWith('ة')) && !/[اى]$/.test(next.text);
  return prev?.kind === 'word' && GOVERNORS.has(foldArabic(prev.text)) && ctx.classOf(f) === 0 && PRONOUNS.some((p) => f.endsWith(p));
}
