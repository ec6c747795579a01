/**
 * Where the form of a word right after a speech verb shows it is the verb's object, not its
 * subject. Arabic marks the subject by case and agreement: a sound plural in ـيين is accusative
 * or genitive, never a subject (وناشدت السعوديين: «…»: she appealed to the Saudis); a verb
 * without the feminine ت does not take a country or city for its subject, which is feminine
 * (ويطالب إيران بـ«…»: it asks Iran for …); after a feminine adjective (الصحف البحرينية) a
 * masculine definite word is no adjective of the subject but the object (ووصفت الصحف البحرينية
 * الحادث المرير بـ«…»); and a common noun with an indefinite adjective after a definite subject
 * is what the subject did something to (ونشر الموقع صورة طبيعية أخرى).
 */
import { NAME_OR_TITLE, isCommonOnly } from './quotes-object-construct';
import { foldArabic } from './normalize';
import { loadNerModel } from './ner';
import type { QuoteContext } from './quotes-context';
import { isBarePlace } from './quotes-object-cut';
import { isRoleWord } from './quotes-roles';
import type { SpeechWord } from './quotes-speech';

/** A definite sound plural of a nisba in the oblique case (السعوديين، الفلسطينيين). */
const OBLIQUE_NISBA_PLURAL = /^ال\S{2,}يين$/;

/** Written works without the article (folded), the object of كتب when right after it. */
const WRITTEN_WORKS = new Set(['روايه', 'رواية', 'قصيده', 'قصيدة', 'مقال', 'مقالا', 'مقاله', 'مقالة', 'كتاب', 'كتابا', 'قصه', 'قصة', 'قصصا', 'شعرا', 'تدوينه', 'تدوينة']);

/** Bare place names that take a masculine verb (لبنان). */
const MASCULINE_PLACES = new Set(['لبنان']);

/**
 * Whether the subject range read after the speech verb at `at` starts with the verb's object
 * by its form: an oblique plural (وناشدت السعوديين) or, after a masculine verb, a country or
 * city without the article (ويطالب إيران، ودعا طهران).
 * @example isObjectByForm(ctx, at, word, range) for 'وناشدت السعوديين: «…»' → true
 * @example isObjectByForm(ctx, at, word, range) for 'وقالت إيران: «…»' → false
 */
export function isObjectByForm(ctx: QuoteContext, at: number, word: SpeechWord, [a]: [number, number]): boolean {
  if (word.kind !== 'verb' || ctx.tokens[a]?.kind !== 'word') return false;
  const f = ctx.f(a);
  if (OBLIQUE_NISBA_PLURAL.test(f)) return true;
  // كتبت رواية «…»: what is written, a work without the article, is the object of كتب.
  if (WRITTEN_WORKS.has(f) && /^[وف]?[يتن]?كتب(?:ت|وا)?$/.test(ctx.f(at))) return true;
  // (the verb's own form: قال، يطالب، دعا — not قالت، تطالب, nor a plural)
  const verb = ctx.f(at);
  if (word.agrees !== 'm' || /^[وف]?ت/.test(verb) || verb.endsWith('ت')) return false;
  return isBarePlace(f, ctx.tokens[a]?.text ?? f) && !MASCULINE_PLACES.has(f);
}

/** A feminine definite adjective (البحرينية، الرسمية). */
const FEMININE_ADJECTIVE = /^ال\S{2,}(?:ية|يه)$/;
/** Endings a word may agree with a feminine or plural noun in (ة، ى folded to ي، ات، ا). */
const AGREEING_END = /(?:ة|ه|ي|ات|ا)$/;
/** An indefinite adjective (طبيعية، جديدة، رسمي). */
const INDEFINITE_ADJECTIVE = /^[^ا]\S{2,}(?:ية|يه|ة|ي)$/;
/** A word the lexicon knows as a name, a title or a place. */
const isNameLike = (f: string): boolean => (loadNerModel().classOf(f) & NAME_OR_TITLE) !== 0;

/**
 * Whether token b, the subject so far being tokens [a, b), starts the verb's object by
 * agreement: a masculine definite noun after a feminine adjective, or a common noun ending in ة
 * with an indefinite adjective after a definite word.
 * @example for 'ووصفت الصحف البحرينية الحادث المرير' with b on الحادث → true
 * @example for 'وقالت الوزارة الأمريكية السابقة' with b on السابقة → false
 */
export function startsAgreementObject(ctx: QuoteContext, a: number, b: number): boolean {
  if (b - a < 1 || ctx.tokens[b]?.kind !== 'word') return false;
  const f = ctx.f(b);
  const prev = ctx.f(b - 1);
  if (isRoleWord(f)) return false;
  if (b - a >= 2 && FEMININE_ADJECTIVE.test(prev) && /^ال\S{3,}$/.test(f) && !AGREEING_END.test(f)) return isCommonOnly(f.slice(2)) || isCommonOnly(f);
  // (الموقع صورة طبيعية: a definite word cannot take an indefinite noun after it but as an object)
  if (!/^(?:[وف]?ال)\S{2,}$/.test(prev) || !/^[^والبفك]\S{2,}ة$/.test(foldArabic(ctx.tokens[b]?.text ?? ''))) return false;
  return ctx.tokens[b + 1]?.kind === 'word' && INDEFINITE_ADJECTIVE.test(ctx.f(b + 1)) && !isNameLike(f) && !isNameLike(ctx.f(b + 1));
}
