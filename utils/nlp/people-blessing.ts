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

/** Marks that may stand between a name and its blessing (الملك فيصل -رحمه الله-، الأمير (يرحمه الله)). */
const BEFORE_BLESSING = new Set(['-', '–', '—', 'ـ', '(', '"', '“', '«']);

/**
 * Whether a blessing said of a person follows token `end` - 1, one or two marks between: what
 * the tagger took for a body or a place before it is a person (الملك فيصل -رحمه الله). The
 * prayer on the Prophet (صلى الله) is left to the rules that know him.
 * @example isBlessedBefore(ctx of 'عاشها الملك فيصل -رحمه الله', 3) → true
 */
export function isBlessedBefore(ctx: BoundsContext, end: number): boolean {
  let i = end;
  while (i < end + 2 && ctx.tokens[i]?.kind === 'punct' && BEFORE_BLESSING.has(ctx.tokens[i]!.text)) i++;
  return isBlessingAfterName(ctx, i) && !foldArabic(ctx.tokens[i]!.text).endsWith('صلي');
}
