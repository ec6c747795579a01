/**
 * Verbs of praise, protest, promise and belief (أشاد، احتج، وعد، يعتقد): what follows them in
 * marks is the subject's own wording (أشاد بهذه الإنجازات «المميزة والخطوات …»، وعد بتحقيق «أماني
 * أهل السودان …»، يعتقد الخبير أن … «يبدون عازمين …»), though they are not speech verbs a speaker
 * is read from: their object stands where a speaker would (وعد مناصريه، أشادت بشيرمان), so they only
 * admit the words as a quotation and leave the speaker to the attribution.
 */
import type { QuoteContext } from './quotes-context';
import { hasWordBefore } from './quotes-word-before';

/** Folded forms, without و/ف: past (3ms, 3fs, 3p), present (3ms, 3fs, 3p) and participle. */
const STANCE = new Set([
  'اشاد', 'اشادت', 'اشادوا', 'يشيد', 'تشيد', 'يشيدون', 'مشيدا', 'مشيدة', 'مشيدين',
  'احتج', 'احتجت', 'احتجوا', 'يحتج', 'تحتج', 'يحتجون', 'محتجا', 'محتجة', 'محتجين',
  // (not وعدت, as often و + عدت "and I came back", nor يعد "is considered, prepares")
  'وعد', 'وعدوا', 'واعدا',
  'اعتقد', 'اعتقدت', 'اعتقدوا', 'يعتقد', 'تعتقد', 'يعتقدون',
]);

/** How far back (in tokens) the verb may stand in the sentence. */
const REACH = 25;

/**
 * True when a stance verb stands before the opening mark (token `open`) in its sentence.
 * @example hasStanceVerbBefore(ctx, i) for 'وأشاد الوزير بالخطوة «التي حققها الرجال في وقت قصير»' → true
 * @example hasStanceVerbBefore(ctx, i) for 'وقال الوزير «…»' → false
 */
export function hasStanceVerbBefore(ctx: QuoteContext, open: number): boolean {
  return hasWordBefore(ctx, open, STANCE, REACH);
}
