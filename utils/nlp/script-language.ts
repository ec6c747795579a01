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

// Code points used by Persian/Urdu/Pashto/Sindhi/Kurdish but not by Arabic news text.
// ی (U+06CC) and ک (U+06A9) are included: Arabic text uses ي and ك.
// ھ (U+06BE) is left out: Arabic pages write the abbreviation "هـ" with it now and then;
// ڤ (U+06A4) and ڠ (U+06A0) too: Maghrebi and Gulf Arabic spell foreign names with them.
const NON_ARABIC_LETTERS = new Set([
  0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2,
  0x06c1, 0x0681, 0x06ab, 0x0693, 0x069a, 0x06d0, 0x06cd, 0x067c, 0x0689, 0x06bc, 0x0696,
  0x0685, 0x06c0, 0x06c3, 0x06d3, 0x0695, 0x06b5, 0x06ce, 0x06c6, 0x06c7, 0x06c8, 0x06cb,
]);

function isArabicScriptLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

const OTHER_LETTER = /\p{L}/u;

/**
 * Counts the letters of `text` by script.
 * @example countScriptLetters('قال الرئيس') → { arabicScript: 8, nonArabicScript: 0, otherLetters: 0 }
 */
export function countScriptLetters(text: string, into?: ScriptCounts): ScriptCounts {
  const counts = into ?? { arabicScript: 0, nonArabicScript: 0, otherLetters: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (c < 0x7b) {
      if ((c >= 0x41 && c <= 0x5a) || c >= 0x61) counts.otherLetters++;
      continue;
    }
    if (isArabicScriptLetter(c)) {
      counts.arabicScript++;
      if (NON_ARABIC_LETTERS.has(c)) counts.nonArabicScript++;
    } else if (c >= 0xc0 && OTHER_LETTER.test(text[i] as string)) {
      counts.otherLetters++;
    }
  }
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
