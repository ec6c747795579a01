/**
 * Months of the Hijri calendar that are also given names (رمضان، شعبان، رجب). News text names the
 * month often (شهر رمضان الكريم، خلال رمضان، ليالي رمضان), and the tagger may read it as a person:
 * after شهر, and for رمضان also after a word of time or before the month's epithets, the word is
 * the month. people-bounds.ts trims it off a span.
 */
import { foldArabic } from './normalize';
import { stems, words } from './people-context';
import type { Token } from './tokenize';

/** Months that are also given names. */
const MONTHS = words('رمضان شعبان رجب');
/** Words of time before رمضان that make it the month (في رمضان، ليالي رمضان، حلول رمضان). */
const TIME_BEFORE = words(`
  في خلال طوال قبل بعد منذ حتى حلول ليالي ليل ليلة نهار ايام أيام افطار سحور صيام صوم هلال دخول قدوم
  انتهاء نهاية بداية مطلع اواخر منتصف موسم شهر
`);
/** Epithets of رمضان after it (رمضان الكريم، رمضان المبارك، رمضان الماضي). */
const EPITHETS = words('الكريم المبارك كريم مبارك المعظم الفضيل الماضي المقبل القادم');

/** How many epithets of a month (الكريم، المبارك …) stand from token k on. */
function epithetsFrom(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (EPITHETS.has(foldArabic(tokens[k + n]?.text ?? ''))) n++;
  return n;
}

/**
 * How many tokens from token i name a month: the month and the epithets after it (also the noun
 * الشهر with its epithets: هذا الشهر الكريم), or 0 when the word at i is no month here.
 * @example monthLength(tokenize('خلال شهر رمضان الكريم'), 2) → 2
 */
export function monthLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return 0;
  const own = stems(t.text);
  // هذا الشهر الكريم: the noun month and its epithets.
  if (own.some((s) => s === 'الشهر' || s === 'شهر')) {
    const n = epithetsFrom(tokens, i + 1);
    return n ? 1 + n : 0;
  }
  const f = own.find((s) => MONTHS.has(s));
  if (f === undefined) return 0;
  const prev = tokens[i - 1];
  const before = prev?.kind === 'word' ? stems(prev.text) : [];
  const n = f === 'رمضان' ? 1 + epithetsFrom(tokens, i + 1) : 1;
  const month = before.includes('شهر') || f === 'رمضان' && (n > 1 || before.some((s) => TIME_BEFORE.has(s)));
  return month ? n : 0;
}

/**
 * Whether tokens [a, b) are all words of time that may stand before the month (ليل رمضان).
 * @example isTimeBeforeMonth(tokenize('ليل رمضان'), 0, 1) → true
 */
export function isTimeBeforeMonth(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!stems(tokens[i]!.text).some((s) => TIME_BEFORE.has(s))) return false;
  return b > a;
}
