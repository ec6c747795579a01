/**
 * The governor of a governorate (محافظ جدة، محافظ بدر الأستاذ مبارك المورقي): the noun without the
 * article heads a construct whose second term is the governorate, a place, though the tagger may
 * read it as a name (بدر، رياض الخبراء) or run it into the governor's name after it (محافظ
 * حفرالباطن عبدالمحسن بن محمد العطيشان). With the article the noun is in apposition to a person
 * (المحافظ نايف البكري), and so is the name after it.
 */
import { LEX } from './ner/lexicon';
import { NASAB } from './name-words';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { foldedAt } from './people-word-table';

/** The governor and the governorate in construct, folded, behind و، ف، ب or ل or not. */
const GOVERNOR = /^[وف]?[بل]?محافظ[ةه]?$/;

/**
 * Trims, in place, the governorate off each draft that follows a governor noun in construct: the
 * draft then starts at the first word the lists or the corpora know as a given name or a person's
 * that leaves two words or more (the governor's name), or is dropped when none does (the
 * governorate alone).
 * @example trimGovernorate(ctx of 'رعى محافظ بدر الأستاذ مبارك', drafts 'بدر') → none left
 */
export function trimGovernorate(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d) => {
    const g = d.tokenStart - 1;
    if (g < 0 || ctx.tokens[g]!.kind !== 'word' || !GOVERNOR.test(foldedAt(ctx, g))) return false;
    for (let k = d.tokenStart + 1; k <= d.tokenEnd - 2; k++) {
      // (a nasab's words are inside a name, not its start: عبدالمحسن بن محمد)
      if (ctx.tokens[k]!.kind !== 'word' || NASAB.has(foldedAt(ctx, k)) || NASAB.has(foldedAt(ctx, k - 1))) continue;
      if (!(ctx.classOf(foldedAt(ctx, k)) & (LEX.GIVEN | LEX.CORPUS_PERS))) continue;
      d.words = d.words.slice(k - d.tokenStart);
      d.start = ctx.tokens[k]!.start;
      d.tokenStart = k;
      return false;
    }
    return true;
  });
}
