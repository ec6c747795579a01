/**
 * Words that stand after a name as an adverbial or a complement of the verb, never as its last
 * part: a preposition on an indefinite word (بنجاح، صالح بعدن، كارتر بنتنياهو), an indefinite accusative with
 * its tanwin unwritten (سلوكا، جهودا), a participle of manner (محذرا، مستطردا، ضاحكا).
 * people-bounds.ts trims them off the end of the spans the tagger proposes.
 */
import { isNameConnector, written } from './name-words';
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { NAME_CLASS } from './people-not-names';
import type { BoundsContext } from './people-context';
import type { Token } from './tokenize';

/** Classes of a word that is a place or a country, where a preposition on it says where (بجازان، بعدن). */
const PLACE_CLASS = LEX.PLACE | LEX.COUNTRY;

/**
 * A preposition on an indefinite word that the lists know only as a common word (بنجاح → نجاح):
 * an adverbial after the name (الملك سلمان بن عبدالعزيز بنجاح), not its end.
 */
function isPrepositionalCommonWord(ctx: BoundsContext, f: string): boolean {
  const m = /^[وف]?[بلك]/.exec(f);
  return m !== null && ctx.classOf(f) === LEX.COMMON && f.length - m[0].length >= 3 && ctx.classOf(f.slice(m[0].length)) !== 0;
}

/**
 * Whether token t, after a name, is the preposition ب on a word no list knows whole (many
 * family names open with ب: بوش، بدوي، بليزر), where the rest is a place the lists know (صالح
 * بعدن، مطار الملك عبدالله بجازان), a word the page writes alone (كارتر بنتنياهو after نتنياهو,
 * جيرارد بسواريز after سواريز), or a common word written with its hamza (سعد بأغنية): the
 * verb's complement or an adverbial, not the name's end. Hadhrami and Maghrebi family names
 * open with با and بو (باسهل، بوراس): a rest with a bare alif or و is left to the name.
 * @example isPrepositionalAfterName(ctx of 'وسيلتقي كارتر بنتنياهو … نتنياهو', token of 'بنتنياهو') → true
 */
export function isPrepositionalAfterName(ctx: BoundsContext, t: Token): boolean {
  const f = foldArabic(t.text), w = written(t.text);
  const m = /^[وف]?ب/.exec(w);
  if (m === null || ctx.classOf(f) !== 0) return false;
  const rest = w.slice(m[0].length), bits = ctx.classOf(foldArabic(rest));
  if (rest.length < 3 || /^[او]/.test(rest)) return false;
  if (/^[أإ]/.test(rest) && (bits & LEX.COMMON) !== 0 && !(bits & NAME_CLASS)) return true;
  return (bits & PLACE_CLASS) !== 0 && !(bits & NAME_CLASS) || rest.length >= 4 && ctx.bareWords().has(foldArabic(rest));
}

/**
 * Whether the span's last two tokens, before token te, are a preposition's phrase after a family
 * name with the article: ب or ك on a noun no list knows as a name, in construct with a noun with
 * the article (عمر حسن البشير بغصن الزيتون): the verb's complement, not two more words of the name.
 * Names that open with ب (بن، بو، بدر) are left alone, as is a family name that is no word with the article.
 * @example isPrepositionalConstructAfterFamily(ctx of 'لوح عمر حسن البشير بغصن الزيتون', 6) → true
 */
export function isPrepositionalConstructAfterFamily(ctx: BoundsContext, te: number): boolean {
  const family = ctx.tokens[te - 3], prep = ctx.tokens[te - 2], noun = ctx.tokens[te - 1];
  if (family?.kind !== 'word' || prep?.kind !== 'word' || noun?.kind !== 'word') return false;
  if (!foldArabic(family.text).startsWith('ال') || !foldArabic(noun.text).startsWith('ال')) return false;
  const w = written(prep.text), f = foldArabic(w);
  if (!/^[بك]/.test(w) || w.length < 4 || isNameConnector(f) || /^ب[اوي]/.test(w)) return false;
  return !(ctx.classOf(f) & NAME_CLASS) && !(ctx.classOf(foldArabic(w.slice(1))) & NAME_CLASS);
}

/**
 * Whether the span's last two tokens, before token te, are a phrase with ل after the name: ل on a
 * common noun or a body's head noun that no list knows as a name, whole or without ل (or a word
 * in no list that the corpora know well), then the
 * word it governs (قال شارما لأخبار بلومبيرج، صرح الحربي لصحيفة الرياض): whom the words were said
 * to, not two more words of the name. Names that open with ل (لطفي، لمياء، لوكاس) are listed or
 * have no common word after their ل.
 * @example isLamPhraseAfterName(ctx of 'قال شارما لأخبار بلومبيرج', 4) → true
 */
export function isLamPhraseAfterName(ctx: BoundsContext, te: number): boolean {
  const prep = ctx.tokens[te - 2], noun = ctx.tokens[te - 1];
  if (prep?.kind !== 'word' || noun?.kind !== 'word') return false;
  const w = written(prep.text), f = foldArabic(w);
  if (!w.startsWith('ل') || w.startsWith('لل') || w.length < 4 || ctx.classOf(f) & NAME_CLASS) return false;
  const rest = foldArabic(w.slice(1)), bits = ctx.classOf(rest);
  // (اخبار is in no list, but frequent enough in the corpora to have a cluster, as a name in no list is not)
  return bits === 0 ? !!ctx.clusterOf?.(rest) : (bits & (LEX.COMMON | LEX.ORG_CUE)) !== 0 && !(bits & NAME_CLASS);
}

/**
 * An indefinite accusative of a common word, its tanwin unwritten (سلوكا، جهودا): the object or
 * an adverbial after the name (ارتكب نادر تشيفتشي سلوكا), not its end; the word or the word
 * without its alif the lists know only as common, neither as a name (رضا، بابا stay apart).
 */
function isBareAccusative(ctx: BoundsContext, f: string): boolean {
  return f.length >= 4 && f.endsWith('ا') && !(ctx.classOf(f) & NAME_CLASS) && (ctx.classOf(f) === LEX.COMMON || ctx.classOf(f.slice(0, -1)) === LEX.COMMON);
}

/**
 * Shapes of the participles of the derived verbs in the indefinite accusative, their tanwin
 * unwritten: مستفعلا (مستطردا), متفعّلا and متفاعلا (متسائلا، متهكما), مفتعلا (معتذرا، مبتسما),
 * مفعّلا and مفعلا (محذرا، مؤكدا، موضحا). In the five-letter shape the second letter is no long
 * vowel, which keeps out borrowed surnames (ميهتا، ماريا).
 */
const DERIVED_PARTICIPLE = /^(?:مست[^ا]{3}|مت[^ا]{3,4}|مت[^ا]ا[^ا]{2}|م[^ا]ت[^ا]{2}|م[^اي][^ا]{2}|م[^ا]ا[^ا]{2})ا$/;

/**
 * Participles of manner of the simple verb that news text writes after a speaker (قال ضاحكا،
 * أضاف مازحا): a closed class of words, folded.
 */
const SIMPLE_MANNER = new Set(`
  ضاحكا مازحا باكيا صارخا قائلا لافتا داعيا واصفا ناصحا ساخرا غاضبا هامسا معلقا
`.split(/\s+/).filter(Boolean));

/**
 * A participle of manner, its tanwin unwritten (قال عبد الله محذرا، وانفجر عمر ضاحكا): it says
 * how the speaker spoke or acted, and the accusative is never part of a name. The word is no
 * name the lists know (مانديلا، مارادونا).
 */
function isMannerParticiple(ctx: BoundsContext, f: string): boolean {
  if (!(DERIVED_PARTICIPLE.test(f) || SIMPLE_MANNER.has(f))) return false;
  return !(ctx.classOf(f) & NAME_CLASS);
}

/**
 * Whether a folded word after a name is an adverbial or a complement rather than the name's end.
 * @example isAdverbialAfterName(ctx, 'محذرا') → true
 */
export function isAdverbialAfterName(ctx: BoundsContext, f: string): boolean {
  return isPrepositionalCommonWord(ctx, f) || isBareAccusative(ctx, f) || isMannerParticiple(ctx, f);
}
