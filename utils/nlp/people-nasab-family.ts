/**
 * A family name that is also a common word or a nationality (المقبل، الماضي، اليمني), left out by
 * the tagger after a name ending in a nasab (سعد بن عبدالرحمن اليمني أن …). isFamilyNameAfterNasab
 * takes a word the lists know only as a name, or none knows; isCommonFamilyNameAfterNasab takes the
 * common word where what follows closes the name, as it closes a subject or an appointee's name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { NASAB, RELATIVE_PRONOUNS, hasAccusativeTanwin } from './name-words';
import { hasNounEnding, isTitleToken, words, type BoundsContext } from './people-context';
import type { Token } from './tokenize';

/** Classes of a common word or a nationality that may be a family name too. */
const COMMON_FAMILY = LEX.COMMON | LEX.DEMONYM;
/** Classes that make the word something else: a role, a cue, a place, a verb of speech. */
const NOT_FAMILY = LEX.TITLE | LEX.SPEECH | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.PLACE | LEX.COUNTRY | LEX.MODIFIER;
/**
 * Modifiers of time or rank that follow a person's role, never a family name (السابق، الحالي،
 * الأسبق); another modifier after a nasab name, before a role in apposition, is the family name
 * (الدكتور ماهر بن سعد الجديد عضو اللجنة).
 */
const ROLE_MODIFIERS = words('السابق السابقة الحالي الاسبق الاول الثاني الثالث');
/** Words of time that follow a subject's name (الملك سلمان بن عبدالعزيز اليوم،). */
const TIME_WORDS = words('اليوم الليلة الآن الغد');
/** Marks and words that close a subject's name: a comma, a full stop, a colon, أن. */
const CLOSES = words('، , . : ؛ أن إن بأن');

/**
 * Whether the name [a, b) ends in a nasab and the name it asks for, also a compound one written
 * in two words (سليمان بن عبدالله، خالد بن علي بن عبد الله), and holds a word before the nasab.
 * @example endsInNasabName(tokens of 'خالد بن عبد الله', 0, 4) → true
 */
export function endsInNasabName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a >= 3 && NASAB.has(foldArabic(tokens[b - 2]!.text))) return true;
  return b - a >= 4 && foldArabic(tokens[b - 2]!.text) === 'عبد' && NASAB.has(foldArabic(tokens[b - 3]!.text));
}

/**
 * Whether the word after the name [a, b), which ends in a nasab and a name, is a family name the
 * lists know as a common word or a nationality: a word with the article, no feminine or plural,
 * no relative pronoun nor word of time, before a mark or أن that closes the name, or before the
 * role of an appointee in the accusative (المهندس محمد بن حمد الماضي رئيسًا).
 * @example isCommonFamilyNameAfterNasab(ctx of 'وأوضح سعد بن عبدالرحمن اليمني أن البرنامج', 1, 4) → true
 */
export function isCommonFamilyNameAfterNasab(ctx: BoundsContext, a: number, b: number): boolean {
  const family = ctx.tokens[b], after = ctx.tokens[b + 1];
  if (family?.kind !== 'word' || after === undefined || !endsInNasabName(ctx.tokens, a, b)) return false;
  const f = foldArabic(family.text);
  if (!f.startsWith('ال') || f.length < 5 || hasNounEnding(f) || RELATIVE_PRONOUNS.has(f) || TIME_WORDS.has(f)) return false;
  const bits = ctx.classOf(f);
  // الدكتور ماهر بن سعد الجديد عضو اللجنة: a modifier the lists know as a common word, before a role in apposition.
  if (bits & LEX.MODIFIER && !(bits & ~(LEX.MODIFIER | LEX.COMMON)) && !ROLE_MODIFIERS.has(f) && after.kind === 'word' && isTitleToken(ctx, after)) return true;
  if (!CLOSES.has(foldArabic(after.text)) && !(after.kind === 'word' && hasAccusativeTanwin(after.text))) return false;
  return (bits & COMMON_FAMILY) !== 0 && !(bits & NOT_FAMILY);
}

/**
 * Whether the word after a name ending in a nasab (… بن هزاع) is the family name the tagger left
 * out: a word with the article that lists know as a name or not at all, not a feminine or a plural
 * (ناحي بن هزاع الإيداء، سليمان بن عبدالله الحميدان).
 * @example isFamilyNameAfterNasab(ctx of 'احتفل ناحي بن هزاع الإيداء بزواج', 1, 4) → true
 */
export function isFamilyNameAfterNasab(ctx: BoundsContext, a: number, b: number): boolean {
  const family = ctx.tokens[b];
  if (family?.kind !== 'word' || !endsInNasabName(ctx.tokens, a, b)) return false;
  const f = foldArabic(family.text);
  return isNameOnlyFamily(ctx, f) || isUnlistedFeminineFamily(ctx, f);
}

/**
 * Whether a folded word with the article ends in ة but not in the ية of an adjective or an
 * abstract noun (الإسلامية، الجاهزية), and no list knows it, not even as a common word (days,
 * ordinals and the like are common words): after a nasab such a word is the family name
 * (عبدالله بن علي الجميعة), as a feminine adjective does not follow a man's name.
 * @example isUnlistedFeminineFamily(ctx, 'الجميعة') → true
 */
function isUnlistedFeminineFamily(ctx: BoundsContext, f: string): boolean {
  return f.startsWith('ال') && f.length >= 6 && f.endsWith('ة') && !f.endsWith('ية') && ctx.classOf(f) === 0;
}

/**
 * Whether a folded word is a family name with the article that the lists know as a name or not
 * at all, not a feminine or a plural (الحميدان، البيشي).
 * @example isNameOnlyFamily(ctx, 'البيشي') → true
 */
export function isNameOnlyFamily(ctx: BoundsContext, f: string): boolean {
  return f.startsWith('ال') && f.length >= 5 && !hasNounEnding(f) && !(ctx.classOf(f) & ~(LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS));
}
