/**
 * Language from the letters of a text, not from the page's markup.
 *
 * Pages lie about their language (fixtures: beirutobserver says lang="en-US" over Arabic text,
 * an Afghan page says lang="ar" over Pashto), so the verdict counts letters: the share of
 * Arabic-script letters among all letters, and the letters only Persian, Urdu, Pashto or
 * Kurdish use (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ہ ځ ګ ړ ښ ې …), which Arabic news never uses.
 */

/** Letter counts of a text sample. */
export interface ScriptCounts {
  /** Letters in the Arabic-script blocks (Arabic, Supplement, Extended-A, presentation forms). */
  arabicScript: number;
  /** Arabic-script letters that only Persian, Urdu, Pashto, Sindhi or Kurdish use. */
  nonArabicScript: number;
  /** Letters of other scripts (Latin, Cyrillic, CJK …), counted through \p{L}. */
  otherLetters: number;
}

/** What the letters say about a text. */
export type ScriptVerdict = 'arabic' | 'other-arabic-script' | 'other' | 'too-little-text';

// Every count is a regular-expression pass (a replace, whose length difference is the count):
// the gate runs on every page, right after the content script is compiled, and a loop over
// the sample's characters costs several times more there than the engine's own regex matcher.
// The patterns match runs, not single letters (one match per word instead of one per letter),
// and the passes after the first two read only what is left of the text once its ASCII,
// Latin-1 signs, general punctuation and surrogates are taken out: nothing on an English page.

/** Letters in the Arabic-script blocks (Arabic, Supplement, Extended-A, presentation forms). */
const ARABIC_SCRIPT_RUNS = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]+/g;

// Code points used by Persian/Urdu/Pashto/Sindhi/Kurdish but not by Arabic news text:
// پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ہ ځ ګ ړ ښ ې ۍ ټ ډ ڼ ږ څ ۀ ۃ ۓ ڕ ڵ ێ ۆ ۇ ۈ ۋ (all in ARABIC_SCRIPT_RUNS).
// ی (U+06CC) and ک (U+06A9) are included: Arabic text uses ي and ك.
// ھ (U+06BE) is left out: Arabic pages write the abbreviation "هـ" with it now and then;
// ڤ (U+06A4) and ڠ (U+06A0) too: Maghrebi and Gulf Arabic spell foreign names with them.
const NON_ARABIC_RUNS =
  /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06d2\u06c1\u0681\u06ab\u0693\u069a\u06d0\u06cd\u067c\u0689\u06bc\u0696\u0685\u06c0\u06c3\u06d3\u0695\u06b5\u06ce\u06c6\u06c7\u06c8\u06cb]+/g;

const ASCII_LETTER_RUNS = /[A-Za-z]+/g;

/** ASCII, the Latin-1 signs before À, general punctuation, surrogates: no letter counted here but A–Z and a–z. */
const NARROW_RUNS = /[\x00-\xbf\u2000-\u206f\ud800-\udfff]+/g;

/** Letters of any script (what is left of the text when this runs: BMP characters from À up, outside the Arabic script). */
const LETTER_RUNS = /\p{L}+/gu;

/**
 * How many characters of `text` a global pattern matches (one UTF-16 unit per character): a
 * single regex pass, which costs far less than a loop over the characters in freshly compiled code.
 * @example countMatches('قال: نعم', /[\u0621-\u064a]+/g) → 6
 */
export const countMatches = (text: string, chars: RegExp): number => text.length - text.replace(chars, '').length;

/**
 * Counts the letters of `text` by script, adding to `into` when given. Other letters are the
 * ASCII letters and the letters (\p{L}) from U+00C0 up in the Basic Multilingual Plane outside
 * the Arabic script.
 * @example countScriptLetters('قال الرئيس') → { arabicScript: 8, nonArabicScript: 0, otherLetters: 0 }
 */
export function countScriptLetters(text: string, into?: ScriptCounts): ScriptCounts {
  const counts = into ?? { arabicScript: 0, nonArabicScript: 0, otherLetters: 0 };
  const wide = text.replace(NARROW_RUNS, '');
  const rest = wide.replace(ARABIC_SCRIPT_RUNS, '');
  counts.arabicScript += wide.length - rest.length;
  if (rest.length < wide.length) counts.nonArabicScript += countMatches(wide, NON_ARABIC_RUNS);
  counts.otherLetters += countMatches(text, ASCII_LETTER_RUNS) + (rest.length > 0 ? countMatches(rest, LETTER_RUNS) : 0);
  return counts;
}

/** Fewest Arabic-script letters a page must show before we judge it. */
export const MIN_ARABIC_LETTERS = 80;

/**
 * Judges letter counts: Arabic when Arabic-script letters dominate and the letters only
 * Persian/Urdu/Pashto use are (nearly) absent.
 * @example judgeScript(countScriptLetters('تحلیل روزنامه اصولگرا')) → 'too-little-text'
 */
export function judgeScript(counts: ScriptCounts, minLetters = MIN_ARABIC_LETTERS): ScriptVerdict {
  const letters = counts.arabicScript + counts.otherLetters;
  if (counts.arabicScript < minLetters) return letters < minLetters ? 'too-little-text' : 'other';
  // Arabic pages in the fixtures carry none of these letters; Persian and Urdu pages carry
  // 8–35 % and a Pashto link page 8 %. 0.5 % leaves room for a quoted Persian name.
  if (counts.nonArabicScript > 2 && counts.nonArabicScript / counts.arabicScript > 0.005) {
    return 'other-arabic-script';
  }
  // Arabic text must be most of the letters (an English page with an Arabic sidebar is not).
  return counts.arabicScript / letters >= 0.5 ? 'arabic' : 'other';
}
