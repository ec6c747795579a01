/**
 * A noun for a work (فيلم، مسلسل، ألبوم) read as a given name before the name of the person whose
 * work it is: in موسيقاه لفيلم كاميرون، أدب فيلم براندو the noun heads a construct and the name
 * after it is its owner's, so the noun is no part of the name. The name lists know فيلم as a given
 * name, but a news text never gives a person that name.
 */
import type { Draft } from './people-link';
import type { BoundsContext } from './people-context';

/** Nouns for a work, folded, that head a construct with its author's name. */
const WORK_NOUNS = new Set(['فيلم', 'فلم', 'مسلسل', 'البوم']);

/**
 * Trims, in place, a work noun opening a draft of two or more words.
 * @example trimWorkNounBeforeName(ctx of 'استمع إلى موسيقاه لفيلم كاميرون', drafts 'فيلم كاميرون') → 'كاميرون'
 */
export function trimWorkNounBeforeName(ctx: BoundsContext, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.words.length < 2 || !WORK_NOUNS.has(d.words[0]!)) continue;
    d.start = ctx.tokens[d.tokenStart + 1]!.start;
    d.words = d.words.slice(1);
    d.tokenStart++;
  }
}
