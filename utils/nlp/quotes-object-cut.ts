/**
 * Where a speech verb's subject after it ends because its object starts: خاطب الرئيس التونسي
 * أوروبا، حثت القيادة الإيطالية شركاءها، تعهد الوزير بإحداث قنصلية. A definite word cannot take
 * a genitive after it, so once the subject so far ends in one, a place name or a noun carrying a
 * pronoun is no part of it but the verb's object; a بـ phrase opened by a verbal noun with hamza
 * (بإحداث، بأفضال) is the verb's complement, after any subject.
 */
import { countryKeyOf, isKnownPlaceName } from './countries';
import type { QuoteContext } from './quotes-context';
import { startsConstructObject } from './quotes-object-construct';
import { startsAgreementObject } from './quotes-object-form';
import { isEventObject } from './quotes-event-object';
import { startsDefiniteObject } from './quotes-definite-object';
import { isRoleWord } from './quotes-roles';

/** A definite word (with the article, or و/ف/ب/ل and the article). */
const isDefinite = (f: string): boolean => /^(?:[وف]?(?:ال|لل|بال))\S{2,}$/.test(f);

/** A demonym written without the article is an adjective of the subject (مصدر أمني مصري), not a place. */
const DEMONYM_END = /(?:ي|ية|يه|يون|يين|يات)$/;

/**
 * Whether the folded word names a country, city or region without the article, not joined by و.
 * @example isBarePlace('المانيا', 'ألمانيا') → true
 */
export function isBarePlace(f: string, raw = f): boolean {
  // (the article read on the written word: أ of ألمانيا folds to ا)
  if (raw.startsWith('ال') || DEMONYM_END.test(f)) return false;
  if (isKnownPlaceName(f)) return true;
  // (not one joined with و: the subject may go on, الرئيس الفرنسي وروسيا)
  return !(f.startsWith('و') && countryKeyOf(f.slice(1)) !== undefined) && countryKeyOf(f) !== undefined;
}

/** A noun with an object pronoun of the third person (شركاءها، مواقفهم، أنصارهما); ه alone ends names (عبدالله، طه). */
const PRONOUN_END = /^[\u0621-\u064A]{3,}(?:ها|هم|هما)$/;

/** باسمه، باسمها …: "in the name of" the body spoken for, folded. */
const SPEAKING_FOR = /^باسم(?:ه|ها|هم|هما)$/;

/**
 * Whether token b starts the verb's object or complement, the subject being tokens [a, b).
 * @example for 'وخاطب الرئيس التونسي أوروبا' with b on أوروبا → true
 * @example for 'وقال الرئيس التونسي قائد السبسي' with b on قائد → false
 */
export function startsObject(ctx: QuoteContext, a: number, b: number): boolean {
  if (b <= a) return false;
  const f = ctx.f(b);
  // (المتحدث باسمها إياد البزم: "in its name" goes on with the role, no object)
  if (SPEAKING_FOR.test(f) && isRoleWord(ctx.f(b - 1))) return false;
  const raw = ctx.tokens[b]?.text ?? '';
  if (/^ب[أإ][\u0621-\u064A]{3,}/.test(raw)) return true;
  // (أعلن الجيش مقتل الجندي، كشفت معلومات أمنية قيام …: the event reported — quotes-event-object)
  if (isEventObject(f) && ctx.tokens[b]?.kind === 'word') return true;
  // (الصحف البحرينية الحادث، الموقع صورة طبيعية: an object by agreement — quotes-object-form)
  if (startsAgreementObject(ctx, a, b)) return true;
  // (وفسر المدرب الخسارة: a definite noun after a definite subject — quotes-definite-object)
  if (startsDefiniteObject(ctx, a, b)) return true;
  if (!isDefinite(ctx.f(b - 1)) || ctx.tokens[b - 1]?.kind !== 'word') return false;
  // (…or a common noun governing a genitive: نفى المسؤول صحة الشائعات — quotes-object-construct)
  return isBarePlace(f, raw) || PRONOUN_END.test(f) || startsConstructObject(ctx, b);
}
