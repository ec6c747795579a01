/**
 * A family name the tagger left out after a name of given names only (خالد مرضي العنزي،
 * عايد حافظ المطيري): Gulf news gives a man's given name, his father's, then the tribe or family
 * with the article, and the tagger often stops before the last word. people.ts asks this at the
 * end of a tagged span, beside the cases of a lone given name and a nasab (people-extent.ts).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { NASAB, isNameConnector } from './name-words';
import { hasNounEnding, type BoundsContext } from './people-context';

/** Classes a family name may have: a person's name, a surname, a name the corpora show. */
const FAMILY_NAME_CLASS = LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;

/** The elative أفعل with the article, folded (الافضل، الاكبر): an adjective after a name. */
const ELATIVE = /^الا[^ا]{3}$/;
/** A tribe's or a family's nisba with the article, folded (العنزي، الدوسري). */
const NISBA = /^ال[\u0621-\u064A]{3,}ي$/;

/**
 * Whether token b is the family name of the name [a, b) of two words or more, none with the
 * article nor a connector (the nasab case is isFamilyNameAfterNasab's): a word with the article
 * that lists know as a name or not at all, not a feminine or a plural (المحطة، التربويون), so
 * not a common word, a demonym or a role after the name (محمد صلاح الدولي، باراك أوباما الأمريكي).
 * @example isFamilyNameAfterGivenNames(ctx of 'وأوضح خالد مرضي العنزي أن', 1, 3) → true
 */
export function isFamilyNameAfterGivenNames(ctx: BoundsContext, a: number, b: number): boolean {
  const family = ctx.tokens[b];
  if (b - a < 2 || family?.kind !== 'word') return false;
  for (let i = a; i < b; i++) {
    const f = foldArabic(ctx.tokens[i]!.text);
    if (f.startsWith('ال') || NASAB.has(f) || isNameConnector(f)) return false;
  }
  // جيب بوش الأصغر، تيم نونان المنتمي: after a foreign name an adjective or a participle follows, not
  // a tribe; every word of the name is a given name the lists know (خالد مرضي stays as it is).
  const f = foldArabic(family.text), bits = ctx.classOf(f);
  // خالد مرضي العنزي: after a listed given name, a father's name the lists lack may come before a
  // tribe's nisba (ال…ي) that no list knows otherwise.
  const nisba = NISBA.test(f) && !(bits & ~LEX.CORPUS_PERS);
  for (let i = a; i < b; i++) {
    const bits = ctx.classOf(foldArabic(ctx.tokens[i]!.text));
    if (nisba && i > a && !(bits & ~LEX.CORPUS_PERS)) continue;
    if (!(bits & LEX.GIVEN) || bits & LEX.COMMON && i === b - 1) return false;
  }
  if (!f.startsWith('ال') || f.length < 5 || hasNounEnding(f) || bits & ~FAMILY_NAME_CLASS) return false;
  // المعار، المختص، المنتمي: participles open with الم as some family names do (المطيري); الأفضل،
  // الأصغر: elatives have the shape of الأحمد. Those only as the lists know them.
  return bits !== 0 || !(f.startsWith('الم') || ELATIVE.test(f));
}
