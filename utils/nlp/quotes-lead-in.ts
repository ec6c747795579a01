/**
 * Words of request, advice, criticism, accusation, greeting and announcement (طلب من، نصح، ينتقد،
 * اتهام بـ، وجّه التحية لـ، إعلان … عن): a long run of words they lead into, in marks, is the
 * subject's own wording (وطلب من الوزير «اتخاذ موقف حازم للرد على هذه التصريحات»، اتهامه بـ«تزييف
 * …»). They are not speech verbs a speaker is read from, since their object is the one asked,
 * advised or accused (نصحت الفتاة «…»), so they only admit the words and leave the speaker to the
 * attribution; and the بـ/لـ they take (اتهامه بـ«…»، التحية لـ«…») does not make the words a name.
 * Nouns of words said (بكلمات، أقواله، مقولة، عبارة) and the passive قيل بأن lead in the same way.
 */
import type { QuoteContext } from './quotes-context';
import { hasWordBefore } from './quotes-word-before';

/** Folded forms, without و/ف: past (3ms, 3fs, 3p), present (3ms, 3fs, 3p) and nouns. */
const LEAD_IN = new Set([
  // (not طالب, a speech verb already, nor the bare noun طلب "request" alone: it is the verb's form too)
  'طلب', 'طلبت', 'طلبوا', 'يطلب', 'تطلب', 'يطلبون',
  'نصح', 'نصحت', 'نصحوا', 'ينصح', 'تنصح', 'ينصحون', 'ناصحا',
  'انتقد', 'انتقدت', 'انتقدوا', 'ينتقد', 'تنتقد', 'ينتقدون', 'انتقاد', 'انتقاده', 'انتقادها', 'انتقادات',
  'اتهمت', 'اتهموا', 'يتهم', 'تتهم', 'يتهمون', 'اتهام', 'اتهامه', 'اتهامها', 'اتهامات', 'متهما',
  'التحية', 'تحية', 'حيا', 'حيت',
  'اعلان', 'اعلانه', 'اعلانها',
  // Nouns of words said and the passive "it was said that" (بكلمات عن الإعلام «…»، أقواله مثل «…»،
  // مقولة بن غوريون «…»، قيل بأن فلانا «…»): weak speech words, or none, so only a long run counts.
  'كلمات', 'بكلمات', 'كلماته', 'كلماتها', 'اقوال', 'اقواله', 'اقوالها', 'باقوال',
  'مقولة', 'مقولته', 'مقولتها', 'لمقولة', 'عبارة', 'العبارة', 'بعبارة', 'قيل',
]);

/** How far back (in tokens) the lead word may stand: the one asked or accused comes between. */
const REACH = 12;

/**
 * True when a lead word stands a few tokens before the opening mark (token `open`) in its sentence.
 * @example hasLeadInBefore(ctx, i) for 'وطلب من الوزير «اتخاذ موقف حازم للرد على هذه التصريحات»' → true
 * @example hasLeadInBefore(ctx, i) for 'وزار الوزير «معرض الكتاب»' → false
 */
export function hasLeadInBefore(ctx: QuoteContext, open: number): boolean {
  return hasWordBefore(ctx, open, LEAD_IN, REACH);
}
