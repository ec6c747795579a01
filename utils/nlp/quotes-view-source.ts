/**
 * A source preposition of views (بحسب، وفق، طبقًا) that leads no reported clause. "According to"
 * followed by a map, a reading or a custom (وفق خريطة المجال «الحيوي الإيراني الجديد»، ستتحول، وفق
 * القراءة الأولى، إلى "دولة متمدنة") says where a view comes from, not who said the words in marks;
 * only when what follows is reported (وبحسب المصدر فإن «…») or comes after a colon does it
 * introduce someone's words. The phrases "in the words of" (على حد قول، بتعبير) and the verbs of
 * carrying (نقلًا عن) are not among these: they always name whose words follow.
 */
import type { QuoteContext } from './quotes-context';
import { VIEW_SOURCES } from './quotes-speech';

/** Folded "according to" prepositions of views, without و/ف (quotes-speech.ts). */
const VIEW_SOURCE_SET = new Set(VIEW_SOURCES);

/**
 * True when token `at` is an "according to" preposition of views (a leading و/ف allowed).
 * @example isViewSource(ctx, i) for the token 'وفق' → true
 * @example isViewSource(ctx, i) for the token 'نقلا' → false
 */
export function isViewSource(ctx: QuoteContext, at: number): boolean {
  const f = ctx.f(at);
  return VIEW_SOURCE_SET.has(f) || (/^[وف]/.test(f) && VIEW_SOURCE_SET.has(f.slice(1)));
}
