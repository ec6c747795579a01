/**
 * Two kinsmen listed without a comma or و (شارك الشاعران حمود التميمي سليمان التميمي): one family
 * name with the article ends two names in a row. A person's name does not repeat its family
 * name after a given name, so the span is two names, parted after the first family name.
 */
import { isNameConnector } from './name-words';
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';

/**
 * Where a span [ts, te) parts two names ending in the same family name with the article: the
 * token after the first one, or -1. The word after it opens a name, no connector (بن، أبو), and
 * neither family name completes a compound (عبد اللطيف العبد اللطيف is one name).
 * @example repeatedFamilyNameSplit(ctx of 'حمود التميمي سليمان التميمي', 0, 4) → 2
 */
export function repeatedFamilyNameSplit(ctx: BoundsContext, ts: number, te: number): number {
  if (te - ts < 4) return -1;
  const last = foldArabic(ctx.tokens[te - 1]!.text);
  // عبد اللطيف العبد اللطيف: a word after a connector is the second half of a compound, not a family name.
  if (!last.startsWith('ال') || last.length < 4 || opensCompound(ctx, te - 2)) return -1;
  for (let k = ts + 1; k < te - 2; k++) {
    if (foldArabic(ctx.tokens[k]!.text) !== last || opensCompound(ctx, k - 1)) continue;
    return isNameConnector(foldArabic(ctx.tokens[k + 1]!.text)) ? -1 : k + 1;
  }
  return -1;
}

/** Whether token i is a connector or one with the article (عبد، أبو، العبد، آل): the next word completes it. */
function opensCompound(ctx: BoundsContext, i: number): boolean {
  const f = foldArabic(ctx.tokens[i]!.text);
  return isNameConnector(f) || isNameConnector(f.replace(/^ال/, ''));
}
