/**
 * A company, product, outlet or body in marks (مع «سي.إف إندستريز هولدنجز»، للطائرة «ميراج
 * 2000»، في «يو إس إيه توداي»): the words are a name, though a speech verb stands earlier in
 * the sentence. Told by the lexicon: no word of the pair is a common word, and one is seen
 * inside names of organisations or other named things in the corpora, or an organisation cue
 * (وكالة، حزب، معهد).
 */
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';
import { quotedWords } from './quotes-shape';

/** Classes of words seen inside the names of bodies and things (not of people or places: الموت لأمريكا is a slogan). */
const BODY_BITS = LEX.CORPUS_ORG | LEX.CORPUS_MISC | LEX.ORG_CUE;

/**
 * True when text[a, b) is one to four words, none of them common, at least one seen inside the
 * name of a body or thing, or written in Latin letters.
 * @example isBodyOrProductName('مع «سي.إف إندستريز هولدنجز»', 4, 26) → true
 * @example isBodyOrProductName('قال «صعب جدا»', 5, 12) → false
 */
export function isBodyOrProductName(text: string, a: number, b: number): boolean {
  const words = quotedWords(text, a, b);
  if (words.length === 0 || words.length > 4) return false;
  const { classOf } = loadNerModel();
  let named = false;
  for (const w of words) {
    const bits = classOf(w);
    if (bits & LEX.COMMON) return false;
    named ||= (bits & BODY_BITS) !== 0 || /[a-z]/i.test(w);
  }
  return named;
}
