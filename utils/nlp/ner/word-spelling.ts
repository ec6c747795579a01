/**
 * The ASCII spelling of the shipped word lists (assets/model/ner-lexicon.ts, ner-clusters.ts).
 * Folded Arabic words keep only the letters U+0621–U+064A; each is written as one ASCII letter
 * (A–Z, then a–p), so the lists are plain ASCII: a third smaller than Arabic in UTF-8 (two bytes
 * a letter), faster to decode and parse when the script loads, and one byte a character in
 * memory once loaded. An ASCII character that is one of those 42 letters, or the escape `~`,
 * is written after a `~`; any other character (digits, other scripts) is written as itself.
 * The word table (word-table.ts) hashes a looked-up word as it would be spelled, so the text is
 * hashed as it stands, without being read back.
 */

/** The first and last code point spelled as one ASCII letter. */
export const SPELLED_FIRST = 0x621;
export const SPELLED_LAST = 0x64a;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop';
/** Written before an ASCII character that stands for itself although it is a spelling letter (or `~`). */
export const SPELLING_ESCAPE = 0x7e;

/** The ASCII code spelling the code point SPELLED_FIRST + i. */
export const SPELLING_LETTER = Uint8Array.from(LETTERS, (ch) => ch.charCodeAt(0));

/** For each ASCII code: the code point it stands for in a spelled word (itself when it is no spelling letter). */
const UNSPELLED = new Uint16Array(128);
for (let c = 0; c < 128; c++) UNSPELLED[c] = c;
SPELLING_LETTER.forEach((c, i) => { UNSPELLED[c] = SPELLED_FIRST + i; });

/**
 * Whether character code c, standing for itself, is written after the escape.
 * @example isEscapedInSpelling('A'.charCodeAt(0)) → true
 * @example isEscapedInSpelling('z'.charCodeAt(0)) → false
 */
export function isEscapedInSpelling(c: number): boolean {
  return c < 128 && (UNSPELLED[c] !== c || c === SPELLING_ESCAPE);
}

/**
 * A word in the spelling of the shipped lists.
 * @example spellWord('ماكرون') → 'kGiQnl'
 * @example spellWord('iPhone') → '~i~P~h~o~n~e'
 */
export function spellWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= SPELLED_FIRST && c <= SPELLED_LAST) out += LETTERS[c - SPELLED_FIRST];
    else out += isEscapedInSpelling(c) ? `~${word[i]}` : word[i];
  }
  return out;
}

/**
 * The word a spelled word stands for.
 * @example unspellWord('kGiQnl') → 'ماكرون'
 */
export function unspellWord(spelled: string): string {
  let out = '';
  for (let i = 0; i < spelled.length; i++) {
    const c = spelled.charCodeAt(i);
    if (c === SPELLING_ESCAPE && i + 1 < spelled.length) out += spelled[++i];
    else out += c < 128 ? String.fromCharCode(UNSPELLED[c]!) : spelled[i];
  }
  return out;
}
