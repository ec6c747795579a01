/**
 * A lone word the tagger scarcely believes a name, that no name list knows, that nothing
 * announces and that the page never writes again: مر الاقتصاد بعام شهد ركودا، هاتف يعمل بنظام
 * أندرويد، الأمر روتيني. Such a word is far more often a common word, a brand or a place than a
 * person: on unseen news, lone words tagged below MIN_UNLISTED_CONFIDENCE with no name-list
 * entry, no title or cue before them and no second mention were nine in ten no person. A name
 * the lists know (سامية، كارتر), one a title or a cue announces (الحاج علي), one the page repeats
 * or gives in full elsewhere keeps the tagger's reading, and so does a word after a nationality or a
 * title (البرازيلي نيمار) or with the ending of a Slavic family name (ميلوسوفيتش).
 */
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { classAt } from './people-word-table';
import { NAME_CLASS } from './people-not-names';

/** Below this confidence a lone unlisted word needs a list, a cue or a second mention. */
const MIN_UNLISTED_CONFIDENCE = 0.6;
/** Endings of Slavic family names (كراتشكوفسكي، ميلوسوفيتش، لافروف), folded: a name's shape of its own. */
const FOREIGN_SURNAME = /(?:سكي|يتش|وف|يف)$/;
/** Classes of a word before the mention that announce a person (البرازيلي نيمار، المستشرق X). */
const ANNOUNCING = LEX.DEMONYM | LEX.TITLE;

/**
 * Drops, in place, the one-word drafts below MIN_UNLISTED_CONFIDENCE whose word no name list
 * knows, with no role or cue before them, and whose word stands in no other draft of the page.
 * @example dropUnlistedLoneWords(ctx of 'شهد السوق ركودا', [draft 'ركودا' at 0.54]) → no drafts left
 */
export function dropUnlistedLoneWords(ctx: BoundsContext, drafts: Draft[]): void {
  const seen = new Map<string, number>();
  for (const d of drafts) for (const w of d.words) seen.set(w, (seen.get(w) ?? 0) + 1);
  dropDrafts(drafts, (d) => {
    if (d.words.length !== 1 || d.confidence >= MIN_UNLISTED_CONFIDENCE || d.cued || d.role) return false;
    const w = d.words[0]!;
    if (FOREIGN_SURNAME.test(w) || (d.tokenStart > 0 && classAt(ctx, d.tokenStart - 1) & ANNOUNCING)) return false;
    return seen.get(w) === 1 && (ctx.classOf(w) & NAME_CLASS) === 0;
  });
}
