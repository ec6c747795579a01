/**
 * Names the tagger left untagged, found by their place in the sentence: a family name alone
 * after a speech verb (وكشف الأصبحي أن …), a given name and a family name standing in
 * apposition after a role (قال الناطق باسم الوزارة إياد البزم على صفحته …).
 */
import { foldArabic, foldedOffset } from './normalize';
import { written } from './name-words';
import { LEX } from './ner/lexicon';
import { isPersonsGivenName } from './people-bounds';
import { isNotAName, isWrittenAli } from './people-not-names';
import { CURATED_NAME, hasNounEnding, isAyatollahAt, isNotableSurnameOnly, isTitleToken, someStem, words, type BoundsContext } from './people-context';
import { isUnlistedName, isVerbForm } from './people-extent';
import { givenNameBits } from './people-theophoric';
import { isUnknownGivenInPlace } from './people-unknown-given';
import type { Token } from './tokenize';
import { classAt, foldedAt } from './people-word-table';

/** Words that end no person's name as its surname: connectors, the article, ordinals. */
export const NOT_A_SURNAME = new Set('بن ابن بنت ابو ابي ام عبد ال الاول الثاني الثالث الرابع الخامس'.split(' '));

/** Classes a word standing for a person's surname never has. */
const NOT_A_SURNAME_CLASS = LEX.TITLE | LEX.MODIFIER | LEX.DEMONYM | LEX.COUNTRY | LEX.SPEECH | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.PLACE | LEX.COMMON | LEX.CORPUS_ORG | LEX.CORPUS_LOC | LEX.CORPUS_MISC;
/** What follows a subject that a speech verb introduces: أن/إن, a preposition of the statement, a comma, a colon. */
const AFTER_SPEAKER = new Set(['ان', 'انه', 'انها', 'في', 'خلال', 'عن', 'الي', 'ل', '،', ',', ':', '؛']);

/** The broken plural فعلاء with the article (العلماء، الخبراء، الوزراء): a group that speaks, not a family name. */
const BROKEN_PLURAL = /^ال[^ا]{3}اء$/;

/** A family name found only by its place after a speech verb is less sure than a tagged one. */
export const AFTER_SPEECH_CONFIDENCE = 0.6;

/**
 * Whether token i may be a family name alone after a speech verb (وكشف الأصبحي أن …، وبيّن
 * الغامدي أن …): a word with the article that no list knows as anything but a name, followed by
 * what follows a speaker. (The caller checks the verb before it.)
 */
export function isSurnameAfterSpeech(ctx: BoundsContext, i: number): boolean {
  const { tokens } = ctx;
  const f = foldedAt(ctx, i);
  // Plurals and feminine nouns (التربويون، المحطة) are the ones that speak as groups and bodies.
  if (!f.startsWith('ال') || f.length < 5 || hasNounEnding(f) || BROKEN_PLURAL.test(f) || ctx.classOf(f) & NOT_A_SURNAME_CLASS || NOT_A_SURNAME.has(f)) return false;
  // بين without its shadda is mostly the preposition "between".
  if (i === 0 || /^[وف]?بين$/.test(tokens[i - 1]!.text)) return false;
  return i + 1 < tokens.length && AFTER_SPEAKER.has(foldedAt(ctx, i + 1));
}

/** A given name and a family name in that place are sure enough for the family name to be found again (وشدد "البزم"). */
export const UNTAGGED_NAME_CONFIDENCE = 0.7;

/** What may follow a person's name that ends a clause part: أن، في، على …, a comma, a full stop. */
const AFTER_NAME = new Set([...AFTER_SPEAKER, 'بانه', 'علي', 'من', '.', '؛', '-']);

/** A word with the article, a clitic before it allowed (والمرشدة، للتنمية). */
const WITH_ARTICLE = /^[وف]?[بلك]?ال|^[وف]?لل/;

/**
 * Whether tokens i, i+1 are a given name and a family name the tagger left untagged (إياد البزم،
 * عمر السومة): a person's given name (isPersonsGivenName), or any listed given name within a few
 * words after a role (المتحدث الرسمي لأمانة الباحة صديق الشيخي), then a word with the article that no
 * list knows as anything but a name, then a word or a mark that closes a name. The word before
 * must not govern the given name as a noun in construct (بمناسبة عيد الفطر، شهر رمضان المبارك):
 * it has the article, is a speech verb or a title, or is a comma, a colon or a full stop.
 * @example isUntaggedFullName(ctx of 'قال الناطق باسم الوزارة إياد البزم على صفحته', 4) → true
 */
export function isUntaggedFullName(ctx: BoundsContext, i: number, covered: Uint8Array): boolean {
  const { tokens, classOf } = ctx;
  const given = tokens[i]!, family = tokens[i + 1], after = tokens[i + 2], prev = tokens[i - 1];
  // The cheap tests first (most words are followed by no word with the article), the lexicon last.
  if (family?.kind !== 'word' || covered[i + 1] || given.kind !== 'word') return false;
  // مهاجم الفريق مختار فلاتة: a family name without the article only in apposition to a role
  // (isBareFamilyName, asked last: a word without the article follows almost every word).
  const bare = !family.text.startsWith('ال');
  // علي المزيدي وعبدالله العويشير: the next name of a list behind و closes the name too.
  const nextInList = after?.kind === 'word' && after.text.startsWith('و') && covered[i + 2] === 1;
  // مدير المستشفى عامر العتيبي ومساعده: in apposition to a role, a person's given name and a family
  // name need no closing word; the role has announced the name.
  const open = after !== undefined && !AFTER_NAME.has(foldedAt(ctx, i + 2)) && !nextInList;
  if (open && bare) return false;
  // واتفق ماجد الردن وفاضل الشميلي: a pair that opens a list of found names may follow a verb with
  // its conjunction; a bare common noun before it still governs it (شهر رمضان المبارك وسعد …).
  const listHead = !bare && opensListOfNames(ctx, i, covered) && !(prev?.kind === 'word' && !/^[وف]/.test(prev.text) && classAt(ctx, i - 1) === LEX.COMMON);
  if (prev && !listHead) {
    const p = foldedAt(ctx, i - 1);
    // عن علي خامنئي: a preposition governs no noun in construct, before a notable's family name.
    if (prev.kind !== 'word' ? !AFTER_NAME.has(p) : !WITH_ARTICLE.test(p) && !(classAt(ctx, i - 1) & (LEX.SPEECH | LEX.TITLE)) && !(bare && PREPOSITIONS.has(p) && isNotableFamilyName(ctx, i + 1))) return false;
  }
  if (!bare && !isFamilyName(ctx, i + 1) || isNotAName(ctx, given) && !isAlaAsAli(ctx, i)) return false;
  // عبدالرؤوف المطرود: a theophoric compound written as one word is a given name, listed or not.
  const bits = givenNameBits(classOf, foldedAt(ctx, i));
  if (listHead && (isListedGivenName(bits) || isPersonsGivenName(bits) || isWrittenAli(ctx, given))) return true;
  // الوكيل المفوض ذيب الدحيم، الشاعران لافي الغيداني وفراج …: a given name no list knows, where the place announces a name.
  if (!bare && bits === 0 && isUnknownGivenInPlace(ctx, i, listHead, open)) return true;
  // صدرت عن علي خامنئي.: a family name the lists know only as a notable person's, closed, after a
  // given name they know in notables' names too, needs no role (not حرم ماكدونالد, a campus).
  if (bare) return (isListedGivenName(bits) || isPersonsGivenName(bits) || isWrittenAli(ctx, given) || isAlaAsAli(ctx, i)) && (isBareFamilyName(ctx, family) && followsRole(ctx, i) || isNotableFamilyName(ctx, i + 1) && ((bits & LEX.PERSON) !== 0 || isWrittenAli(ctx, given)));
  // مشوح، صديق: a given name the corpora do not show as a person's, only in apposition to a role.
  // علي الشعيلان: the name علي as written with ي (isWrittenAli), though the lists also know على.
  // زامل السبيعي، راكان الشملان: a listed or an unlisted given name among the names of a list.
  // The role is looked for last: most pairs of words are no name, and it reads several words back.
  // ويؤيد المواطن زامل الغامدي الرأي: a listed given name too, when the role stands right before it
  // and the family name is one the lists or the corpora know as a person's (not خادم الحرمين).
  if (open) return (isPersonsGivenName(bits) || isWrittenAli(ctx, given)) && followsRole(ctx, i) || isListedGivenName(bits) && (classAt(ctx, i + 1) & (LEX.SURNAME | LEX.CORPUS_PERS)) !== 0 && isRole(ctx, prev);
  if (isPersonsGivenName(bits) || isWrittenAli(ctx, given)) return true;
  if (hasNounEnding(foldedAt(ctx, i + 1))) return false;
  return isListedGivenName(bits) && (followsRole(ctx, i) || followsListedName(ctx, i, covered)) || bits === 0 && followsListedName(ctx, i, covered) && (nextInList || isListSeparator(after));
}

const isListSeparator = (t: Token | undefined) => t?.text === '،' || t?.text === ',';

/**
 * Whether the pair at tokens i, i+1 heads a list whose next item is a name already found: the
 * next word joined by و, or the word after a comma, with or without و (نواف الردن وفاضل الشميلي).
 */
function opensListOfNames(ctx: BoundsContext, i: number, covered: Uint8Array): boolean {
  const after = ctx.tokens[i + 2];
  if (after?.kind === 'word') return after.text.startsWith('و') && covered[i + 2] === 1;
  return isListSeparator(after) && ctx.tokens[i + 3]?.kind === 'word' && covered[i + 3] === 1;
}

/** Whether a name the tagger found ends right before the comma before token i (زيد البواردي، راكان الشملان). */
function followsListedName(ctx: BoundsContext, i: number, covered: Uint8Array): boolean {
  return isListSeparator(ctx.tokens[i - 1]) && ctx.tokens[i - 2]?.kind === 'word' && covered[i - 2] === 1;
}

/** How far back a role may stand from the name it introduces (المتحدث الرسمي لأمانة الباحة صديق الشيخي). */
const ROLE_REACH = 4;

/** A given name of the curated lists that no list knows as a common word, a title, a verb of speech or a cue. */
function isListedGivenName(bits: number): boolean {
  return (bits & LEX.GIVEN) !== 0 && !(bits & (LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.MODIFIER | LEX.ORG_CUE | LEX.PLACE_CUE));
}

/**
 * Roles the cue list lacks, feminine forms above all (المرشدة الاجتماعية، الأخصائية النفسية),
 * and the citizen or resident a local story names (ناشد المواطن فهد العنزي): before a name in
 * apposition they announce a person as a title does. Kept out of the cue list
 * the tagger was trained with, so its features stay as they were. Listed bare where a word's
 * stem without the article is a role too (stems gives that reading).
 */
const ROLES = words(`
  مرشد مرشدة مهاجم مدافع حارس لاعبة مشرف مشرفة موجه موجهة معلم معلمة أخصائي أخصائية اختصاصي اختصاصية
  طبيب طبيبة وكيل وكيلة المدافعة المساعد المساعدة
  المواطن المواطنة المقيم المقيمة
`);

/**
 * Whether token i is على written for the name علي (مرشد الجمهورية الإيرانية على خامنئي، آية الله
 * على خامنئي): before a family name the lists know only as a notable's, after a role or آية الله,
 * where the preposition has nothing to govern (ردا على خامنئي has no role before it).
 */
export function isAlaAsAli(ctx: BoundsContext, i: number): boolean {
  // (the cached folded word first: this is asked of every function word before a pair)
  return foldedAt(ctx, i) === 'علي' && written(ctx.tokens[i]!.text) === 'على' && isNotableFamilyName(ctx, i + 1) && (isAyatollahAt(ctx.tokens, i - 1) || followsRole(ctx, i));
}

/** Whether a title or a role stands among the few words before token i, with no mark or function word between (المرشدة الاجتماعية رقية). */
function followsRole(ctx: BoundsContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - ROLE_REACH; j--) {
    const t = ctx.tokens[j]!;
    // الرئيس الذي فضل الخروج: a function word ends the apposition.
    if (isNotAName(ctx, t)) return false;
    if (isRole(ctx, t)) return true;
  }
  return false;
}

/** Whether a token is a title or a role (الوزير، المرشدة، المواطن). */
function isRole(ctx: BoundsContext, t: Token | undefined): boolean {
  return t?.kind === 'word' && (isTitleToken(ctx, t) || someStem(t.text, (f) => ROLES.has(f)));
}

/** A word without the article that no list knows, in none of its readings, and that reads as no verb (فلاتة، كميخ). */
function isBareFamilyName(ctx: BoundsContext, t: Token): boolean {
  const f = foldArabic(t.text);
  return f.length >= 3 && !f.startsWith('و') && !isVerbForm(f) && isUnlistedName(ctx, t, f);
}

/** Prepositions before a name, folded (عن علي خامنئي، مع …). */
const PREPOSITIONS = words('عن من الي مع علي لدي');

/**
 * Whether token k is a word without the article that the lists know only as a notable person's
 * name, among them as a family name (خامنئي), and no verb's form.
 * @example isNotableFamilyName(ctx of 'عن علي خامنئي', 2) → true
 */
function isNotableFamilyName(ctx: BoundsContext, k: number): boolean {
  const f = foldedAt(ctx, k), bits = classAt(ctx, k);
  return f.length >= 3 && !f.startsWith('ال') && !f.startsWith('و') && isNotableSurnameOnly(bits) && !isVerbForm(f);
}

/** Whether token k is a word with the article that no list knows as anything but a name (الحوشان، الشيشاني). */
function isFamilyName(ctx: BoundsContext, k: number): boolean {
  const f = foldedAt(ctx, k);
  return f.startsWith('ال') && f.length >= 5 && !(classAt(ctx, k) & ~(LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS));
}

/**
 * How many characters of an untagged given name are the conjunction و of a list (، ورائد الغامدي،):
 * one when the whole word is no curated name (وليد، وسام are) and the word after و is a given name.
 * @example listConjunctionLength(ctx, token of 'ورائد') → 1
 */
export function listConjunctionLength({ classOf }: BoundsContext, t: Token): number {
  const f = foldArabic(t.text);
  if (!f.startsWith('و') || f.length < 4 || classOf(f) & CURATED_NAME || !(classOf(f.slice(1)) & LEX.GIVEN)) return 0;
  return foldedOffset(t.text, 1);
}
