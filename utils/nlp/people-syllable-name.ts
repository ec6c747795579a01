/**
 * East Asian names are written in Arabic as short syllables, and some of them are Arabic pronouns
 * (كواك تاي هي، سون هو): after two such syllables the pronoun is the name's last syllable, not
 * the copula after a name, which the tagger does not take into the span. people-bounds.ts asks
 * this before it trims the end of a span.
 */
import type { BoundsContext } from './people-context';
import { isRareOrNameOnly } from './people-demonym';
import { foldedAt } from './people-word-table';

/** Pronouns that are also syllables of East Asian names (هي: Hee, هو: Ho). */
const PRONOUN_SYLLABLES = new Set(['هي', 'هو']);
/** The longest word taken for a syllable (كواك، تاي، جونغ). */
const MAX_SYLLABLE = 4;

/**
 * Whether the last word of the span [ts, te) is a pronoun that ends an East Asian name: two words
 * or more before it, the two right before it short, without the article, and no list knows them
 * but as names or the corpora too rarely for a cluster.
 * @example isSyllableAtEnd(ctx of 'المدافع الكوري كواك تاي هي،', 2, 5) → true; (ctx of 'سارة هي', 0, 2) → false
 */
export function isSyllableAtEnd(ctx: BoundsContext, ts: number, te: number): boolean {
  if (te - ts < 3 || !PRONOUN_SYLLABLES.has(foldedAt(ctx, te - 1))) return false;
  for (let k = te - 3; k < te - 1; k++) {
    const f = foldedAt(ctx, k);
    if (ctx.tokens[k]!.kind !== 'word' || f.length > MAX_SYLLABLE || f.startsWith('ال') || !isRareOrNameOnly(ctx, f)) return false;
  }
  return true;
}
