/**
 * The nation a role phrase gives its holder (الوزير الإسرائيلي، الرئيس التركي): a person the
 * article gave that role under another nation's demonym (وزير الخارجية الأمريكي جون كيري) is not
 * the one a later الوزير الإسرائيلي stands for.
 */
import { countryKeyOf } from './countries';

/**
 * Whether a person's role words (folded, without the article) name a nation, none of them
 * `nation`, the ISO code of the role phrase's adjective (countryKeyOf; undefined when the
 * adjective names none).
 * @example isOtherNation(new Set(['وزير', 'خارجية', 'امريكي']), countryKeyOf('اسرائيلي')) → true
 * @example isOtherNation(new Set(['وزير', 'طاقة', 'اسرائيلي']), countryKeyOf('اسرائيلي')) → false
 * @example isOtherNation(new Set(['وزير', 'خارجية', 'امريكي']), countryKeyOf('سابق')) → false
 */
export function isOtherNation(roles: ReadonlySet<string>, nation: string | undefined): boolean {
  if (!nation) return false;
  let other = false;
  for (const w of roles) {
    const n = countryKeyOf(w);
    if (n === nation) return false;
    if (n) other = true;
  }
  return other;
}
