/**
 * Blessings that follow a name in news and religious text (الملك سلمان حفظه الله، النبي محمد صلى
 * الله عليه وسلم، سدد الله خطاه، رحمه الله): the verb stands between the name and the divine name,
 * and the tagger sometimes takes it as the name's last word (سلمان بن عبدالعزيز حفظه). Before
 * الله these verbs end the name; compound names with الله (نصر الله، عبد الله) use other heads.
 */
import { foldArabic } from './normalize';
import { BLESSING_HEADS } from './name-words';
import type { BoundsContext } from './people-context';

/**
 * Whether token i is a blessing verb with the divine name right after it: the end of the name
 * before it, not part of it.
 * @example isBlessingAfterName(ctx of 'الملك سلمان حفظه الله', 2) → true
 */
export function isBlessingAfterName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], next = ctx.tokens[i + 1];
  if (t?.kind !== 'word' || next?.kind !== 'word' || foldArabic(next.text) !== 'الله') return false;
  const f = foldArabic(t.text);
  return BLESSING_HEADS.has(f) || (/^[وف]/.test(f) && BLESSING_HEADS.has(f.slice(1)));
}
