/**
 * A word the page writes after a place noun in construct (مدينة تانجشان، بلدة كفرنبل، مدينتي
 * بني وليد) and also right after في (في تانجشان) names a place on that page: alone elsewhere
 * (وأنتجت تانجشان) it is the same place, not a person the tagger thought it saw. One cue alone is
 * not enough (a town may share a person's name on the page). A word the name lists know (عباس،
 * صالح) is left alone, and so is a word that a fuller name of the page holds (a surname).
 */
import { CURATED_NAME, type BoundsContext } from './people-context';
import { FI, PLACE_HEAD } from './people-institutions';
import { dropLoneWords, type Draft } from './people-link';
import { foldedAt } from './people-word-table';

/** The dual of the place nouns (مدينتي بني وليد وسرت، بلدتي …), which the construct test lacks. */
const DUAL_PLACE_HEAD = /^[وفبل]?(?:مدينت|بلدت|قريت|محافظت|ولايت|منطقت)ي$/;

/**
 * The folded words of the page that follow both a place noun in construct and the preposition
 * في somewhere, and that no name list knows.
 */
function placeHeadedWords(ctx: BoundsContext): Set<string> {
  const headed = new Set<string>(), afterFi = new Set<string>();
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    if (t.kind !== 'word' || next.kind !== 'word') continue;
    // (FI matches at most three letters: a longer word is spared the test)
    if (t.text.length <= 3 && FI.test(t.text)) afterFi.add(foldedAt(ctx, i + 1));
    else if (t.text.length >= 4 && (PLACE_HEAD.test(foldedAt(ctx, i)) || DUAL_PLACE_HEAD.test(foldedAt(ctx, i)))) headed.add(foldedAt(ctx, i + 1));
  }
  const out = new Set<string>();
  // مدينة الملك عبدالله، منطقة الرياض: a word with the article is a title or a known place.
  for (const w of headed) if (afterFi.has(w) && !w.startsWith('ال') && !(ctx.classOf(w) & CURATED_NAME)) out.add(w);
  return out;
}

/**
 * Drops, in place, the one-word drafts whose word the page writes after a place noun in construct,
 * unless a fuller draft holds the word.
 * @example dropPlaceHeadedWords(ctx of 'مدينة تانجشان … وأنتجت تانجشان', drafts 'تانجشان') → none left
 */
export function dropPlaceHeadedWords(ctx: BoundsContext, drafts: Draft[]): void {
  if (!drafts.some((d) => d.words.length === 1)) return;
  dropLoneWords(drafts, placeHeadedWords(ctx));
}
