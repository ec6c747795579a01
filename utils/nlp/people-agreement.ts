/**
 * A dual or plural noun with an adjective that agrees with it (كهفان بوذيان "two Buddhist caves",
 * فيلمان تسجيليان "two documentaries", مجموعتان شعريتان "two collections of poems"): both words
 * carry the same ending of the dual or the plural, the adjective is a nisba, and the noun without
 * the ending is a word the lists know. A given name and a family name rarely rhyme so, and when
 * they do (تغران سوليان), the given name is no known word with an ending added.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';

/** Endings of the dual and the sound masculine plural, with the feminine ت before them (مجموعتان). */
const ENDING = /^(.{3,}?)(ت?)(ان|ين|ون)$/;

/** Whether the folded word is in no list at all (a listed word may be a name: عدنان، سفيان). */
const unnamed = (ctx: BoundsContext, f: string) => ctx.classOf(f) === 0;

/**
 * Whether the two-word span [ts, te) is a dual or plural noun and its agreeing adjective: the same
 * ending on both, neither word (nor the noun read without و) in any list, the adjective a nisba
 * without the article (بوذي، شعري), and the noun's stem (with ة for ت: مجموعة) a word the lists
 * know, though not as a person's (كهف، فيلم، وافد).
 * @example isNounWithAgreeingAdjective(ctx of 'يوجد كهفان بوذيان في الوادي', 1, 3) → true
 */
export function isNounWithAgreeingAdjective(ctx: BoundsContext, ts: number, te: number): boolean {
  const a = ctx.tokens[ts], b = ctx.tokens[ts + 1];
  if (te - ts !== 2 || a?.kind !== 'word' || b?.kind !== 'word') return false;
  const word = foldArabic(a.text), adj = foldArabic(b.text);
  const n = ENDING.exec(adj);
  if (!n || !n[1]!.endsWith('ي') || adj.startsWith('ال') || !unnamed(ctx, word) || !unnamed(ctx, adj)) return false;
  // وافدان: the noun may carry و or ف.
  const nouns = /^[وف]/.test(word) ? [word, word.slice(1)] : [word];
  return nouns.some((noun) => {
    const m = ENDING.exec(noun);
    if (!m || m[2] !== n[2] || m[3] !== n[3] || !unnamed(ctx, noun)) return false;
    const stem = m[1]! + (m[2] ? 'ة' : ''), bits = ctx.classOf(stem);
    return (bits !== 0 || !!ctx.clusterOf?.(stem)) && !(bits & LEX.CORPUS_PERS);
  });
}
