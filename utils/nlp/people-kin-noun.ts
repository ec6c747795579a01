/**
 * كريمة and عقيلة are given names, but before a title or a name they are the polite nouns for
 * a man's daughter and his wife (عقد قرانه على كريمة الشيخ محمد، بحضور عقيلة السفير): the
 * person meant is unnamed, and the name after the noun is the father's or the husband's.
 */
import { foldArabic } from './normalize';
import { isTitleToken, words, type BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';

/** Folded polite nouns for a daughter (كريمة) and a wife (عقيلة), also given names. */
const KIN_NOUNS = words('كريمة عقيلة');

/**
 * Drops, in place, each one-word draft that is a polite kinship noun followed at once by a title
 * or by another name of the drafts. `drafts` is sorted by start.
 * @example dropKinNouns(ctx of 'على كريمة الشيخ محمد', drafts 'كريمة', 'محمد') → only 'محمد' is left
 */
export function dropKinNouns(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d, i) => {
    const next = ctx.tokens[d.tokenEnd];
    return d.words.length === 1 && KIN_NOUNS.has(foldArabic(d.words[0]!)) && next?.kind === 'word'
      && (isTitleToken(ctx, next) || drafts[i + 1]?.tokenStart === d.tokenEnd);
  });
}
