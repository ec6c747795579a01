/**
 * Role nouns (وزير، المتحدث، مدير …) that an article first gives with a name and then alone,
 * and the tests for a word or a phrase headed by one.
 */
import type { QuoteContext } from './quotes-context';

/** Role nouns that the article first gives with a name (وزير الخارجية سامح شكري) and then alone (الوزير). */
export const ROLES = new Set(['وزير', 'وزيرة', 'رئيس', 'رئيسة', 'ملك', 'امير', 'اميرة', 'سفير', 'سفيرة', 'متحدث', 'متحدثة', 'ناطق',
  'مدير', 'مديرة', 'امين', 'نائب', 'قائد', 'مستشار', 'محافظ', 'مسؤول', 'مندوب', 'مبعوث', 'عاهل', 'زعيم', 'مرشد', 'شيخ',
  'مفوض', 'مدرب', 'لاعب', 'محامي', 'خبير', 'دكتور', 'مهندس', 'جنرال', 'عميد', 'لواء', 'عقيد', 'مفتي', 'نجم', 'فنان',
  'فنانة', 'باحث', 'اعلامي', 'كاتب', 'مؤسس', 'مالك', 'قاضي', 'نقيب', 'سكرتير', 'رئيسه', 'وزيره', 'المتحدث', 'قيادي',
  'عضو', 'ناشط', 'ناشطة', 'وكيل', 'منسق', 'مراسل', 'محلل', 'استاذ', 'مرشح', 'داعية', 'خطيب', 'حاكم', 'عمدة', 'والي',
  'مدعي', 'ضابط', 'مفتش',
  // An agent of a bureau and the lowest officer's rank (العميل الخاص في مكتب التحقيقات، الملازم في الشرطة).
  'عميل', 'ملازم',
  // A supervisor of a unit or a programme (مشرف قسم الذكور بالمركز عبدالله علي مستور).
  'مشرف', 'مشرفة']);


/** A folded word without its article (الوزير → وزير), when a word of its own is left. */
export function stripArticle(f: string): string {
  return f.startsWith('ال') && f.length > 3 ? f.slice(2) : f;
}

/**
 * A folded word without its article and the clitics before it (الوزير، والكاتب، للشاعر، بالشيف →
 * وزير، كاتب، شاعر، شيف), when a word of its own is left: the role a page gives a name in any case.
 * @example stripDefinite('للكاتب') → 'كاتب'
 */
export function stripDefinite(f: string): string {
  return f.replace(/^[وف]?(?:ال|لل|بال)(?=\S{2})/, '');
}

/** True for a folded role noun, with or without its article (وزير، المتحدث، مدير …). */
export const isRoleWord = (f: string): boolean => ROLES.has(stripArticle(f));

/** True when the phrase is headed by a role noun (وزير، المتحدث، نائب …). */
export function isRolePhrase(ctx: QuoteContext, [a]: [number, number]): boolean {
  return ROLES.has(stripArticle(ctx.f(a)));
}
