/**
 * Search words for the history: Arabic-folded, lower-cased, and for each Arabic word its
 * proclitic readings too, so that a search for أمريكا finds a page that wrote ولأمريكا.
 * Queries match these words by prefix (a multiEntry index walked with `startsWith`).
 */
import { foldArabic } from '@/utils/nlp/normalize';
import { procliticSplits, tokenize } from '@/utils/nlp/tokenize';

/** Caps that keep one page's index entries bounded. */
const MAX_WORD = 40;
const MAX_TOKENS = 1500;
/** Shorter query words would walk most of the index for little meaning. */
export const MIN_QUERY_WORD = 2;

const ARABIC = /[\u0600-\u06ff]/;

function foldWord(word: string): string {
  return foldArabic(word).toLowerCase().slice(0, MAX_WORD);
}

/**
 * The distinct search words of some texts, capped per page.
 * @example searchTokens(['وقال لأمريكا']) → ['وقال', 'قال', 'لامريكا', 'امريكا']
 */
export function searchTokens(texts: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const tok of tokenize(text)) {
      if (tok.kind === 'punct') continue;
      const word = foldWord(tok.text);
      if (!word) continue;
      out.add(word);
      if (tok.kind === 'word' && ARABIC.test(word)) {
        for (const s of procliticSplits(word)) out.add(s.stem.slice(0, MAX_WORD));
      }
      if (out.size >= MAX_TOKENS) return [...out];
    }
  }
  return [...out];
}

/**
 * The words of a search query, folded the same way as the index; too-short words are dropped.
 * @example queryWords('  أردوغان  تركيا') → ['اردوغان', 'تركيا']
 */
export function queryWords(query: string): string[] {
  const words = tokenize(query)
    .filter((t) => t.kind !== 'punct')
    .map((t) => foldWord(t.text))
    .filter((w) => w.length >= MIN_QUERY_WORD);
  return [...new Set(words)];
}
