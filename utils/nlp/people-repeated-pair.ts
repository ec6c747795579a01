/**
 * A family name the tagger left out after a lone given name at every mention (المصمم جون [راي]
 * … قدمها جون [راي] للدار، الشيخ سيد [قطب] … لسيد [قطب]): the family word is also a common word
 * (رأي، قطب، ويب), so the tagger stops before it each time and no fuller mention backs it. A given
 * name the page writes twice or more with the same word right after it names the person by those
 * two words; a lone given name is followed by words that change from sentence to sentence.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';
import type { Draft } from './people-link';
import { NAME_CLASS, isNotAName } from './people-not-names';
import { NOT_GIVEN, PLURAL } from './people-page-pair';
import { isPredicateAfterName } from './people-predicate';
import { written } from './name-words';

/** Mentions of the same given name with the same word after it that make the word its family name. */
const MIN_REPEATS = 2;

/**
 * The pairs 'given family' (folded) of the page: a one-word draft of a listed given name with the
 * same word right after it (white space only between) at least MIN_REPEATS times, the word no
 * plural, verb, predicate or common word. people-page-pair.ts extends the drafts by them.
 * `drafts` is sorted by start.
 * @example repeatedWordPairs(ctx of 'قدم جون راي عرضه … وقال جون راي إن', drafts 'جون', 'جون') → {'جون راي'}
 */
export function repeatedWordPairs(ctx: BoundsContext, drafts: readonly Draft[]): Set<string> {
  const counts = new Map<string, number>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!, after = drafts[i + 1];
    if (d.tokenEnd !== d.tokenStart + 1 || d.words.length !== 1) continue;
    const bits = ctx.classOf(d.words[0]!);
    if (!(bits & LEX.GIVEN) || bits & NOT_GIVEN) continue;
    const next = ctx.tokens[d.tokenEnd];
    if (next?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(d.end, next.start)) || after && after.tokenStart <= d.tokenEnd) continue;
    const f = foldArabic(next.text);
    // نزار وعبد الله: a word opening with و may be the conjunction and the next name; not one
    // the lists know whole while no list or cluster knows what follows its و (ويب).
    if (f.length < 2 || f.startsWith('و') && !isWholeWordWithWa(ctx, f) || PLURAL.test(f) || isVerbForm(f) || isNotAName(ctx, next) || isPredicateAfterName(ctx, f, written(next.text))) continue;
    // الملك سلمان خلال، بأن عبدالفتاح لعب: a word the lists know only as a common word (a preposition, a verb) ends the name.
    const nextBits = ctx.classOf(f);
    if (nextBits & LEX.COMMON && !(nextBits & NAME_CLASS)) continue;
    const key = `${d.words[0]} ${f}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].flatMap(([key, n]) => (n >= MIN_REPEATS ? [key] : [])));
}

/**
 * Whether a folded word opening with و is a word of its own: the lists know it whole, and neither
 * a list nor the corpora's clusters know the rest after و (ويب, not وعبد).
 * @example isWholeWordWithWa(ctx, 'ويب') → true; isWholeWordWithWa(ctx, 'وعبد') → false
 */
function isWholeWordWithWa(ctx: BoundsContext, f: string): boolean {
  const rest = f.slice(1);
  return ctx.classOf(f) !== 0 && ctx.classOf(rest) === 0 && !ctx.clusterOf?.(rest);
}
