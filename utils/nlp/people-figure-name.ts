/**
 * A name the tagger left untagged after an artist's or a public figure's noun with the article,
 * a nationality adjective between them or not (الفنانة أحلام، النجمة المصرية يسرا، الإعلامي منتصر):
 * the noun stands for one person, whose name follows in apposition. After such a noun a time word
 * or a phrase may follow as well (وصول الفنان صباح الأربعاء), so the first word must be one the
 * lists know as a given name or the corpora as a person's, and no list as a common word. After an
 * ordinary person's noun (المواطن، الطالب، الشاب) a given name, even one no list knows, counts only
 * with a listed family name after it (المواطن عائض الحربي).
 */
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { isFamilyNameAfter } from './people-extent';
import { isCountryOrDemonymWord } from './countries';
import { classAt, foldedAt } from './people-word-table';

/** Nouns (folded, with the article, a clitic before it allowed) that stand for one artist or public figure. */
const FIGURE = /^[وف]?(?:ال|لل)(?:فنان|مطرب|نجم|ممثل|اعلامي|شاعر|مذيع|مغني|ملحن|عازف|رسام|روائي)[ةه]?$/;
/** Nouns (folded, with the article) of an ordinary person the news names next (المواطن عائض الحربي، الأم سهام). */
const PERSON_NOUN = /^[وف]?(?:ال|لل)(?:مواطن[ةه]?|طفل[ةه]?|شاب[ةه]?|فتا[ةه]|زميل[ةه]?|طالب[ةه]?|مقيم[ةه]?|سائق|حاج[ةه]?)$/;
/** Classes the first word of the name must have one of. */
const NAME_BITS = LEX.GIVEN | LEX.CORPUS_PERS;
/** Classes that make the word something else: a common word, a role, a place, a nationality. */
const OTHER_BITS = LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.MODIFIER;

/** Whether token k is a nationality adjective with the article, masculine or feminine (المصري، المصرية). */
function isNationalityWithArticle(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word') return false;
  const f = foldedAt(ctx, k);
  return f.startsWith('ال') && isCountryOrDemonymWord(f);
}

/**
 * The token range [i, j) of a name right after an artist's or a public figure's noun (and a
 * nationality adjective), or null: a listed given name, then a family name when one follows.
 * @example nameAfterFigure(ctx of 'قدمت شخصية الفنانة أحلام في الحلقة', 3) → [3, 4]
 */
export function nameAfterFigure(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  if (i < 1 || covered[i] || ctx.tokens[i]?.kind !== 'word') return null;
  let k = i - 1;
  if (isNationalityWithArticle(ctx, k)) k--;
  if (k < 0 || ctx.tokens[k]!.kind !== 'word') return null;
  const noun = foldedAt(ctx, k);
  const figure = FIGURE.test(noun), ordinary = PERSON_NOUN.test(noun);
  if (!figure && !ordinary) return null;
  const f = foldedAt(ctx, i), bits = classAt(ctx, i);
  if (f.startsWith('و') || f.startsWith('ال') || bits & OTHER_BITS) return null;
  // After an ordinary person's noun, only a given name (listed, or a word no list knows) with a
  // listed family name after it (المواطن عائض الحربي): a lone word there is as often a phrase's.
  if (ordinary && !figure) return !covered[i + 1] && (bits & NAME_BITS || bits === 0 && f.length >= 3) && isListedFamily(ctx, i + 1) ? [i, i + 2] : null;
  if (!(bits & NAME_BITS)) return null;
  return [i, !covered[i + 1] && (isFamilyNameAfter(ctx, i) || isUnlistedFamily(ctx, i + 1)) ? i + 2 : i + 1];
}

/** Whether token k is a word no list knows (a family name: عوض زارب، أسماء لمنور), not behind و and not with the article. */
function isUnlistedFamily(ctx: BoundsContext, k: number): boolean {
  if (ctx.tokens[k]?.kind !== 'word') return false;
  const f = foldedAt(ctx, k);
  return f.length >= 3 && !f.startsWith('و') && !f.startsWith('ال') && classAt(ctx, k) === 0;
}

/** Whether token k is a family name with the article that the lists know as a person's (الحربي، العتيبي). */
function isListedFamily(ctx: BoundsContext, k: number): boolean {
  if (ctx.tokens[k]?.kind !== 'word') return false;
  const f = foldedAt(ctx, k), bits = classAt(ctx, k);
  return f.startsWith('ال') && (bits & (LEX.SURNAME | LEX.CORPUS_PERS | LEX.GIVEN)) !== 0 && !(bits & OTHER_BITS);
}
