/**
 * A surname the page also writes as a common word: the page writes it with the article switched
 * (مشهد beside المشهد، الحلوى beside حلوى), and that other form is no name in the lists. Such a
 * word after a name is most often a noun run on into the name (عبد الوهاب مشهد آخر، رمي الحلوى),
 * and spreading it marks the noun wherever the page uses it (يفوتني مشهد واحد، قوالب الحلوى). A
 * family name is not written so (الغامدي has no غامدي beside it; فيصل beside الفيصل is a given
 * name, which the lists know), so the check costs real surnames little.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { NAME_CLASS } from './people-not-names';
import type { BoundsContext } from './people-context';

/**
 * The other form of a folded word: without the article when it has one, with it when it has none.
 * @example otherArticleForm('الحلوي') → 'حلوي'; otherArticleForm('مشهد') → 'المشهد'
 */
export function otherArticleForm(f: string): string {
  return f.startsWith('ال') ? f.slice(2) : `ال${f}`;
}

/**
 * Whether the page, whose folded words are `page`, writes the folded surname `f` with the article
 * switched (alone or behind و), the other form being no name the lists know.
 * @example isWrittenAsCommonWord(ctx, 'مشهد', folded words of '… عبد الوهاب مشهد آخر … بعد انتهاء المشهد') → true
 */
export function isWrittenAsCommonWord(ctx: BoundsContext, f: string, page: ReadonlySet<string>): boolean {
  const other = otherArticleForm(f);
  if (other.length < 3 || ctx.classOf(other) & NAME_CLASS) return false;
  return page.has(other) || page.has(`و${other}`);
}

/**
 * Whether token i follows a word the lists know as a given name and not as a common word (إيلي
 * صعب), where a surname the page also writes as a common word still stands as a name (بتصوير مشهد
 * is no name: تصوير is a common word the lists also hold as a name).
 * @example followsGivenName(ctx of 'إيلي صعب', 1) → true
 */
export function followsGivenName(ctx: BoundsContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (prev?.kind !== 'word') return false;
  const bits = ctx.classOf(foldArabic(prev.text));
  return (bits & LEX.GIVEN) !== 0 && !(bits & LEX.COMMON);
}
