/**
 * The characters of quotation marks and the rules for where a symmetric mark (" or ″) can open
 * or close, by the characters around it, and the four families of marks (a family pairs only
 * its own marks); quotes-marks.ts pairs the marks.
 */

export const GUILLEMET_OPEN = 0xab; // «
export const GUILLEMET_CLOSE = 0xbb; // »
export const SINGLE_OPEN = 0x2018; // ‘
export const SINGLE_CLOSE = 0x2019; // ’
export const ASCII_QUOTE = 0x22; // "
export const CURLY_LEFT = 0x201c; // “
export const CURLY_RIGHT = 0x201d; // ”
export const DOUBLE_PRIME = 0x2033; // ″

/** True for any quotation mark character: « » ‘ ’ " “ ”. */
export function isQuoteMark(c: number): boolean {
  return c === GUILLEMET_OPEN || c === GUILLEMET_CLOSE || c === SINGLE_OPEN || c === SINGLE_CLOSE || c === ASCII_QUOTE || c === CURLY_LEFT || c === CURLY_RIGHT;
}

/** A paragraph of the text, by UTF-16 offsets (end exclusive). */
export interface Paragraph { start: number; end: number }

export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) ||
    c === 0x202f || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff || c === 0x061c;
}

export function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029;
}

/** True for a letter, a digit or a mark inside a word (the characters words are made of). */
export function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) ||
    (c >= 0x064b && c <= 0x065f) || c === 0x0640;
}

/** و ف ب ل ك, the one-letter proclitics that attach to an opening mark: و"الجزيرة"، لـ«الصباح». */
function isProcliticLetter(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}

/** True when the last character before `i`, spaces aside, is a colon. */
function afterColon(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j >= 0 && text.charCodeAt(j) === 0x3a;
}

/** True when the symmetric mark at `i` can open: nothing or a space, punctuation or a clitic before, a letter after. */
export function canOpen(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (next < 0) return false;
  // After a colon a stray space does not stop a mark from opening (واضاف :» هذا العام …).
  if (isSpace(next)) return afterColon(text, i) && i + 2 < text.length && isLetter(text.charCodeAt(i + 2));
  // What a quotation starts with: a word, a number, a bracket, a hashtag or a nested mark.
  if (!isLetter(next) && next !== 0x28 && next !== 0x23 && next !== 0x40 && !isQuoteMark(next)) return false;
  if (i === 0) return true;
  let j = i - 1;
  let c = text.charCodeAt(j);
  if (!isLetter(c)) return true;
  while (j >= 0 && text.charCodeAt(j) === 0x0640) j--; // لـ"…"
  c = j >= 0 ? text.charCodeAt(j) : -1;
  if (!isProcliticLetter(c)) return false;
  const before = j > 0 ? text.charCodeAt(j - 1) : -1;
  if (before < 0 || isSpace(before) || !isLetter(before)) return true;
  // وب"…", ول"…": two clitics.
  return isProcliticLetter(before) && (j < 2 || !isLetter(text.charCodeAt(j - 2)));
}

/** Sentence-final punctuation: a mark right after it closes, even with no space after (…الآن."وفقا). */
export function isSentencePunct(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}

/** True when the symmetric mark at `i` can close: not a space before, and no letter right after (unless a sentence just ended). */
export function canClose(text: string, i: number): boolean {
  if (i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (isSpace(prev)) return false;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  return next < 0 || !isLetter(next) || isSentencePunct(prev);
}

/** The four families of marks; a family pairs only its own marks. */
export const Family = { Guillemet: 0, Single: 1, Ascii: 2, Curly: 3 } as const;
export type Family = (typeof Family)[keyof typeof Family];

export function familyOf(c: number): Family | -1 {
  if (c === GUILLEMET_OPEN || c === GUILLEMET_CLOSE) return Family.Guillemet;
  if (c === SINGLE_OPEN || c === SINGLE_CLOSE) return Family.Single;
  if (c === ASCII_QUOTE) return Family.Ascii;
  if (c === CURLY_LEFT || c === CURLY_RIGHT) return Family.Curly;
  return -1;
}

/**
 * ″ typed for ” after a figure: publishing tools turn the " that follows a digit into a double
 * prime (“ويندوز 10″), so it closes the curly quotation when it ends a word; else (5.5 ″) it is no mark.
 */
export function primeFamily(text: string, i: number): Family | -1 {
  return i > 0 && isLetter(text.charCodeAt(i - 1)) && canClose(text, i) ? Family.Curly : -1;
}

export function isOpenerOf(family: Family, c: number): boolean {
  if (family === Family.Guillemet) return c === GUILLEMET_OPEN;
  if (family === Family.Single) return c === SINGLE_OPEN;
  return familyOf(c) === family;
}
