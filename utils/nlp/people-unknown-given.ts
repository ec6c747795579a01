/**
 * Given names no list knows (ذيب، لافي، موضي) in the two places that announce a full name most
 * surely: right after a title or a role (الوكيل المفوض ذيب الدحيم،) and at the head of a list whose
 * next item is a name already found (الشاعران لافي الغيداني وفراج الكرشمي). The lists hold the
 * common given names only; a rarer one, with a family name no list knows but as a name after it,
 * is the person's name there, not a common word, which the lists or the corpora would know.
 */
import { foldArabic } from './normalize';
import { isForeignNameWord } from './people-demonym';
import { hasNounEnding, isTitleToken, type BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';

/**
 * Whether token i is a given name no list knows, in a place that announces a full name: right
 * after a title with the name closed after its family name (`open` false), or heading a list of
 * names (`listHead`). The word has the shape of a name (isForeignNameWord: no list knows it, the
 * corpora give it no cluster, no pronoun or inflected ending) and opens as no verb; the family
 * name after it has no plural or feminine ending.
 * @example isUnknownGivenInPlace(ctx of 'وحضر الوكيل ذيب الدحيم،', 2, false, false) → true
 */
export function isUnknownGivenInPlace(ctx: BoundsContext, i: number, listHead: boolean, open: boolean): boolean {
  const given = ctx.tokens[i]!, prev = ctx.tokens[i - 1];
  if (!listHead && (open || prev?.kind !== 'word' || !isTitleToken(ctx, prev))) return false;
  // جرحى الحوثيين: a plural or a feminine noun after the word is a group, not a family name.
  if (hasNounEnding(foldArabic(ctx.tokens[i + 1]!.text))) return false;
  return ctx.classOf(foldArabic(given.text)) === 0 && !isVerbForm(foldArabic(given.text)) && isForeignNameWord(ctx, given);
}
