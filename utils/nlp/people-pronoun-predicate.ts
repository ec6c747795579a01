/**
 * A lone word after a subject pronoun is the predicate, not a name (وهو جالس على الكرسي، ما هو
 * جيوسياسي، حيث كنا جالسين): a pronoun stands for the subject already, so the word after it that
 * no list knows as a name is an adjective or a participle the tagger took for one.
 */
import type { BoundsContext } from './people-context';
import { dropDrafts, fullNameWords, type Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { written } from './name-words';

/** Subject pronouns and the kana forms of the first person, with the conjunctions, as written. */
const SUBJECTS = new Set(['هو', 'وهو', 'فهو', 'هي', 'وهي', 'فهي', 'هم', 'وهم', 'فهم', 'نحن', 'ونحن', 'أنا', 'وأنا', 'كنا', 'وكنا', 'كنت', 'وكنت', 'كانوا', 'وكانوا']);

/**
 * Drops, in place, the one-word drafts no list knows as a name that stand right after a subject
 * pronoun, unless a fuller name of the page holds the word.
 * @example dropPredicatesAfterPronoun(ctx of 'وهو جالس على الكرسي', drafts 'جالس') → none left
 */
export function dropPredicatesAfterPronoun(ctx: BoundsContext, drafts: Draft[]): void {
  let inNames: Set<string> | undefined;
  dropDrafts(drafts, (d) => {
    const prev = ctx.tokens[d.tokenStart - 1];
    return d.words.length === 1 && prev?.kind === 'word' && SUBJECTS.has(written(prev.text)) && !(ctx.classOf(d.words[0]!) & NAME_CLASS)
      && !(inNames ??= fullNameWords(drafts)).has(d.words[0]!);
  });
}
