/**
 * Set phrases the tagger reads as names: a religious phrase with a divine name (ضيوف الرحمن،
 * توفيق الله، رسول الله محمد), an adjective or a noun that shares its form with a given name in
 * construct with a common noun (مبادئ حسن الجوار، بجميل شعورهم، وكريم لطفهم), a noun or a verb
 * with a pronoun after a name (أصالة هنأتاها), a counted noun or a unit after a numeral (175 مليار
 * يوان), the dual of a common noun (شابان). people-bounds.ts trims a religious phrase before a
 * name and a word with a pronoun after one, and drops the others.
 */
import { isDivineName } from './name-words';
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CURATED_NAME, words, type BoundsContext } from './people-context';
import { NAME_CLASS } from './people-not-names';
import { procliticSplits } from './tokenize';

/**
 * Nouns that head a religious phrase with a divine name (توفيق الله، رضوان الله، ضيوف الرحمن،
 * كتاب الله، رسول الله), never a compound given name as نصر الله، فضل الله، جار الله are.
 */
const RELIGIOUS_HEADS = words('توفيق رضوان رحمة ضيوف بيت كتاب رسول نبي سبيل شرع دين عباد');

/**
 * Praise of God with a clitic or as a verb (بحمد الله "thank God", نحمد الله "we thank God"),
 * folded: not the name حمد الله, which stands without them.
 */
const PRAISE = words('بحمد وبحمد فبحمد نحمد ونحمد فنحمد يحمد ويحمد');

/**
 * How many words of the span at ts are a religious phrase before the name, if any: two for a
 * religious head or a praise and a divine name (رسول الله محمد → محمد; ضيوف الرحمن، بحمد الله → nothing).
 * @example religiousPhraseLength(ctx of 'بعد توفيق الله إلى التخطيط', 1) → 2
 */
export function religiousPhraseLength(ctx: BoundsContext, ts: number, te: number): number {
  const head = ctx.tokens[ts], god = ctx.tokens[ts + 1];
  if (te - ts < 2 || head?.kind !== 'word' || god?.kind !== 'word' || !isDivineName([foldArabic(god.text)])) return 0;
  return PRAISE.has(foldArabic(head.text)) || procliticSplits(head.text).some((r) => !r.article && RELIGIOUS_HEADS.has(r.stem)) ? 2 : 0;
}

/** Pronouns of the third person plural and dual and of the feminine after a noun (شعورهم، ربحها): rare at the end of a name; not كم (الجوكم). */
const POSSESSIVE = ['ها', 'هم', 'هما', 'هن'];

/**
 * Whether a folded word is a noun or a verb with a pronoun (شعورهم، ربحها، هنأتاها) that no list
 * knows as a name: it ends no name (والفنانة أصالة هنأتاها → أصالة).
 * @example isPossessedNoun(ctx, 'شعورهم') → true
 */
export function isPossessedNoun(ctx: BoundsContext, f: string): boolean {
  return f.length >= 5 && POSSESSIVE.some((p) => f.endsWith(p) && f.length - p.length >= 3) && !(ctx.classOf(f) & NAME_CLASS);
}

/**
 * Whether a written word is a common noun with the masculine pronoun ه (إعفاءه، مرماه، لونه) that
 * no list knows as a name: it ends no name (مقرن بن عبد العزيز إعفاءه → مقرن بن عبد العزيز). Read
 * from the written word, since a name's ة folds to ه; the noun's ى is written ا before the pronoun.
 * @example isNounWithHisPronoun(ctx, 'مرماه') → true; isNounWithHisPronoun(ctx, 'حمزه') → false
 */
export function isNounWithHisPronoun(ctx: BoundsContext, w: string): boolean {
  if (w.length < 4 || !w.endsWith('ه') || ctx.classOf(foldArabic(w)) & NAME_CLASS) return false;
  const noun = w.slice(0, -1);
  const bits = ctx.classOf(foldArabic(noun.endsWith('ا') ? `${noun.slice(0, -1)}ى` : noun));
  return bits === LEX.COMMON;
}

/**
 * Adjectives and nouns that share their form with a given name and head set phrases in construct
 * (حسن الجوار، حسن الظن، كريم لطفهم، جميل شعورهم، صافي ربحها).
 */
const GENITIVE_HEADS = words('حسن كريم جميل صافي');

/**
 * Whether the two-word span [ts, te) is such a set phrase, not a given name and a family name: a
 * genitive head, then a noun with a possessive pronoun (بجميل شعورهم) or a definite noun the lists
 * know only as a common word, not a nisba (مبادئ حسن الجوار; not حسن الترابي).
 * @example isGenitivePhrase(ctx of 'على مبادئ حسن الجوار وعدم', 2, 4) → true
 */
export function isGenitivePhrase(ctx: BoundsContext, ts: number, te: number): boolean {
  const first = ctx.tokens[ts], second = ctx.tokens[ts + 1];
  if (te - ts !== 2 || first?.kind !== 'word' || second?.kind !== 'word') return false;
  if (!procliticSplits(first.text).some((r) => !r.article && GENITIVE_HEADS.has(r.stem))) return false;
  const f = foldArabic(second.text);
  return isPossessedNoun(ctx, f) || f.startsWith('ال') && f.length >= 5 && !f.endsWith('ي') && ctx.classOf(f) === LEX.COMMON;
}

/**
 * Numerals written as words and the prefixes of units (175 مليار يوان، 3050 مللي أمبير، 2.2 جيجا
 * هيرتز): like a number, they take the counted noun or the unit after them, not a name.
 */
const NUMERAL_WORDS = words('مئة مائة مئات ألف آلاف مليون ملايين مليار مليارات مللي ميلي جيجا غيغا ميجا ميغا كيلو نانو تيرا نصف ربع ثلث');

/**
 * Whether the word at token ts follows a numeral or a fraction directly, as the counted noun or
 * the unit does (284 كيلو، 5 ميجا بيكسل، 175 مليار يوان، نصف كوب), and no curated list knows it as
 * a name (عام 2015 محمد بن سلمان stays). Alone in the span, a word the lists know as a surname but
 * never as a given name is the measure (ربع كوب من الأرز، 1/4 كوب): no name is one surname after a number.
 * @example isCountedNoun(ctx of 'ربع كوب من الأرز', 1, 2) → true
 */
export function isCountedNoun(ctx: BoundsContext, ts: number, te: number): boolean {
  const prev = ctx.tokens[ts - 1];
  const numeral = prev?.kind === 'number' || prev?.kind === 'word' && procliticSplits(prev.text).some((r) => !r.article && /^[وب]?$/.test(r.prefix) && NUMERAL_WORDS.has(r.stem));
  if (!numeral) return false;
  const bits = ctx.classOf(foldArabic(ctx.tokens[ts]!.text));
  return !(bits & CURATED_NAME) || te - ts === 1 && !(bits & LEX.GIVEN);
}

/** Endings of the dual and the masculine plural (شابان، طفلين، لاعبون), after the stem or its ة (فتاتان). */
const DUAL_PLURAL = /^(.{3,}?)(?:(ت)(?:ان|ين)|ان|ين|ون)$/;

/**
 * Whether a one-word span is the dual or plural of a word the lists know only as common (شابان،
 * شابين، طفلان، فتاتين from شاب، طفل، فتاة), the word itself no name a list knows (عثمان، حسين).
 * Only an indefinite word: with the article, -ان is as often a family name (البرقان، الحمدان).
 */
export function isDualOfCommonNoun(ctx: BoundsContext, ts: number, te: number): boolean {
  const f = foldArabic(ctx.tokens[ts]!.text);
  const m = te - ts === 1 && !f.startsWith('ال') ? DUAL_PLURAL.exec(f) : null;
  return m !== null && !(ctx.classOf(f) & NAME_CLASS) && ctx.classOf(m[1]! + (m[2] ? 'ة' : '')) === LEX.COMMON;
}
