/**
 * A lone word the tagger scarcely believes a name, that no name list knows, that nothing
 * announces and that the page never writes again: مر الاقتصاد بعام شهد ركودا، هاتف يعمل بنظام
 * أندرويد، الأمر روتيني. Such a word is far more often a common word, a brand or a place than a
 * person: on unseen news, lone words tagged below MIN_UNLISTED_CONFIDENCE with no name-list
 * entry, no title or cue before them and no second mention were nine in ten no person. A name
 * the lists know (سامية، كارتر), one a title or a cue announces (الحاج علي), one the page repeats
 * or gives in full elsewhere keeps the tagger's reading.
 */
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';

/** Below this confidence a lone unlisted word needs a list, a cue or a second mention. */
const MIN_UNLISTED_CONFIDENCE = 0.6;
/** Classes that show a word to be a name somewhere: the name lists and the corpora's persons. */
const NAME_CLASSES = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;

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
    return seen.get(w) === 1 && (ctx.classOf(w) & NAME_CLASSES) === 0;
  });
}
