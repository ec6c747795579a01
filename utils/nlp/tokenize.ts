/**
 * Word tokenisation of the original text, and the proclitic analyses of an Arabic word.
 *
 * Tokens keep original offsets (tashkeel and tatweel stay inside their word). Clitics are not
 * cut off here: `procliticSplits` lists the readings of a word (و+ب+ال+stem …) so that a
 * dictionary lookup can try the whole word first and the stripped stems after, and a
 * highlight covers the name, not the clitic (وروسيا → روسيا).
 */
import { foldArabic, isInvisibleControl } from './normalize';
import { WordRecords } from './word-slots';

/** A token of the original text. */
export interface Token {
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** word: letters (any script, with their marks); number: digits; punct: anything else. */
  kind: 'word' | 'number' | 'punct';
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x0621 && c <= 0x065f) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 ||
    (c >= 0x06d6 && c <= 0x06ed) || c === 0x0670 || (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdfb && c !== 0xfd3e && c !== 0xfd3f) || (c >= 0xfe70 && c <= 0xfefc) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    c === 0x200c || c === 0x200d
  );
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ||
    c === 0x200e || c === 0x200f || c === 0x061c;
}

/**
 * An Arabic-script word character: a letter, a mark or the tatweel (not Latin, not ZWNJ/ZWJ).
 * Arabic shaping sees through an invisible control (isInvisibleControl: a direction mark, the
 * zero-width space, the soft hyphen, a bidi embedding or isolate, the word joiner, a BOM) that
 * stands between two of these: the letters stay joined and the reader sees one word (إ\u200eلون
 * reads as إلون), so the control stays inside the token; folding drops it.
 */
function isArabicWordChar(c: number): boolean {
  return c >= 0x0600 && c !== 0x200c && c !== 0x200d && isWordCharFast(c);
}

/** Below this code, whether a character is a word character is read from a table (Latin, Arabic and its supplements). */
const TABLE_END = 0x800;
const WORD_CHARS = Uint8Array.from({ length: TABLE_END }, (_, c) => (isWordChar(c) ? 1 : 0));

/** isWordChar, through the table where it holds the character (most characters of a page). */
function isWordCharFast(c: number): boolean {
  return c < TABLE_END ? WORD_CHARS[c] === 1 : isWordChar(c);
}

/**
 * Splits `text` into words, numbers and punctuation marks, with original offsets.
 * @example tokenize('وقال أردوغان: "نعم"').map(t => t.text) → ['وقال', 'أردوغان', ':', '"', 'نعم', '"']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const start = i;
    let kind: Token['kind'];
    if (isWordCharFast(c)) {
      kind = 'word';
      // A tatweel-joined or mark-joined word may be followed by more letters; isWordChar covers both.
      for (;;) {
        while (i < n && isWordCharFast(text.charCodeAt(i))) i++;
        // Invisible controls between two Arabic-script characters are inside the word; elsewhere they part words.
        let j = i;
        while (j < n && isInvisibleControl(text.charCodeAt(j))) j++;
        if (j === i || j === n || !isArabicWordChar(text.charCodeAt(i - 1)) || !isArabicWordChar(text.charCodeAt(j))) break;
        i = j;
      }
    } else if (isDigit(c)) {
      kind = 'number';
      i++;
      // 3.5, 1,000 and 12/7 stay one number.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) { i++; continue; }
        if ((d === 0x2e || d === 0x2c || d === 0x066b || d === 0x066c || d === 0x2f) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) { i += 2; continue; }
        break;
      }
    } else {
      kind = 'punct';
      // Keep a surrogate pair (emoji) whole.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      // "..." is one token.
      if (c === 0x2e) while (i < n && text.charCodeAt(i) === 0x2e) i++;
    }
    tokens.push({ start, end: i, text: text.slice(start, i), kind });
  }
  return tokens;
}

/** One reading of a word: `prefix` proclitics, then the `stem` (both folded). */
export interface CliticSplit {
  /** The proclitics, folded (e.g. 'وبال'). Empty for the whole word. */
  readonly prefix: string;
  /** What remains, folded. */
  readonly stem: string;
  /** True when the reading removed the article ال (or the لل of ل+ال). */
  readonly article: boolean;
}

const WAW = 0x648, FA = 0x641, BA = 0x628, LAM = 0x644, KAF = 0x643, ALEF = 0x627;

/**
 * The readings of a word already folded (see procliticSplits), built from character codes:
 * this runs for every word the tagger meets for the first time and for many words of a page.
 * @example cliticReadings('وبالرئيس').map(s => s.stem) → ['وبالرئيس', 'بالرئيس', 'الرئيس', 'رئيس']
 */
export function cliticReadings(w: string): CliticSplit[] {
  const out: CliticSplit[] = [{ prefix: '', stem: w, article: false }];
  const n = w.length;
  const c0 = w.charCodeAt(0);
  // An optional conjunction و/ف, then an optional preposition ب/ل/ك, then an optional article.
  for (let conj = 0; conj <= 1; conj++) {
    if (conj && c0 !== WAW && c0 !== FA) continue;
    for (let prep = 0; prep <= 3; prep++) {
      const pc = w.charCodeAt(conj);
      if (prep === 1 && pc !== BA) continue;
      if (prep === 2 && pc !== LAM) continue;
      if (prep === 3 && pc !== KAF) continue;
      const p1 = conj + (prep ? 1 : 0);
      if (p1) addReading(out, w, p1, false);
      if (prep === 2 && w.charCodeAt(conj + 1) === LAM) {
        // ل + ال → لل: the stem is the word with its article restored.
        if (n - conj >= 4) out.push({ prefix: w.slice(0, conj + 1), stem: `ال${w.slice(conj + 2)}`, article: false });
        addReading(out, w, conj + 2, true);
      }
      if (w.charCodeAt(p1) === ALEF && w.charCodeAt(p1 + 1) === LAM) addReading(out, w, p1 + 2, true);
    }
  }
  return out;
}

/** Adds the reading that strips the first `len` letters, when at least two remain. */
function addReading(out: CliticSplit[], w: string, len: number, article: boolean): void {
  if (w.length - len >= 2) out.push({ prefix: w.slice(0, len), stem: w.slice(len), article });
}

/**
 * The readings of recent words: the people, country and name passes ask for the same words many
 * times (a typed hash table: a string-keyed map hashed and compared each fresh token string).
 */
const recentSplits = new WordRecords<readonly CliticSplit[]>(20_000);
const readingsOf = (word: string): readonly CliticSplit[] => cliticReadings(foldArabic(word));

/**
 * Every proclitic reading of a word, the whole word first: optional conjunction و/ف, optional
 * preposition ب/ل/ك, optional article ال (ل+ال written لل). Stems shorter than two letters are
 * not offered.
 * @example procliticSplits('وبالرئيس').map(s => s.stem) → ['وبالرئيس', 'بالرئيس', 'الرئيس', 'رئيس']
 * @example procliticSplits('للولايات').map(s => s.stem) → ['للولايات', 'ولايات', 'الولايات']
 */
export function procliticSplits(word: string): readonly CliticSplit[] {
  return recentSplits.get(word, readingsOf);
}

