/**
 * The nation a role phrase gives its holder (الوزير الإسرائيلي، الرئيس التركي): a person the
 * article gave that role under another nation's demonym (وزير الخارجية الأمريكي جون كيري) is not
 * the one a later الوزير الإسرائيلي stands for.
 */
import { findCountries } from './countries';

/** The country (ISO code) a whole folded word is the demonym or name of, or null. */
function nationOf(word: string): string | null {
  const m = findCountries(word)[0];
  return m && m.start === 0 && m.end === word.length ? m.entity : null;
}

/**
 * Whether a person's role words (folded, without the article) name a nation, none of them the
 * one that the role phrase's adjective `adjective` (folded, without the article) is the demonym of.
 * @example isOtherNation(new Set(['وزير', 'خارجية', 'امريكي']), 'اسرائيلي') → true
 * @example isOtherNation(new Set(['وزير', 'طاقة', 'اسرائيلي']), 'اسرائيلي') → false
 * @example isOtherNation(new Set(['وزير', 'خارجية', 'امريكي']), 'سابق') → false
 */
export function isOtherNation(roles: ReadonlySet<string>, adjective: string): boolean {
  const nation = nationOf(adjective);
  if (!nation) return false;
  let other = false;
  for (const w of roles) {
    const n = nationOf(w);
    if (n === nation) return false;
    if (n) other = true;
  }
  return other;
}
