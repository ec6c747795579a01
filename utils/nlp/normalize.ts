/**
 * Arabic normalisation for matching, with an offset map back to the original text.
 *
 * Steps, each reversible through the map:
 *  - presentation forms → NFKC letters (ﻻ → لا: one original char, two normalised ones);
 *  - tashkeel (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel are
 *    dropped, and count as part of the letter they follow;
 *  - أ إ آ ٱ → ا, ى → ي;
 *  - Arabic-Indic and Persian digits → 0-9;
 *  - zero-width and direction marks (ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings, BOM, soft hyphen)
 *    are dropped.
 */

/** A normalised text and, per normalised char, the original span it came from. */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** Original index where normalised char j starts. */
  starts: Int32Array;
  /** Original index just after normalised char j (and the marks that belong to it). */
  ends: Int32Array;
}

const enum Kind {
  Keep,
  DropMark, // attaches to the previous kept char
  DropControl, // attaches to nothing
}

/**
 * Whether `c` is an invisible control folding drops: the soft hyphen, the zero-width space, ZWNJ
 * and ZWJ, direction marks, the Arabic letter mark, bidi embeddings and isolates, the word joiner,
 * a BOM.
 * @example isInvisibleControl(0x200e) → true
 */
export function isInvisibleControl(c: number): boolean {
  return c === 0x00ad || c === 0x061c || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0x2060 || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

function classify(c: number): Kind {
  if (c < 0x0600) return c === 0x00ad ? Kind.DropControl : Kind.Keep;
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return Kind.DropMark;
  if ((c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed)) return Kind.DropMark;
  if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x08d3 && c <= 0x08ff && c !== 0x08e2)) return Kind.DropMark;
  return isInvisibleControl(c) ? Kind.DropControl : Kind.Keep;
}

/** Maps one kept char to its normalised form (a string only for presentation forms). */
function foldChar(c: number): number | string {
  if (c < 0x0622) return c;
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627; // ا
    case 0x0649:
      return 0x064a; // ى → ي
  }
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + (c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + (c - 0x06f0);
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    // ﴾ ﴿ (ornate parentheses around Quranic verses) are their own NFKC form: keep them as they are.
    if (nfkc.length === 1 && nfkc.charCodeAt(0) === c) return c;
    // Fold the letters NFKC produced, and drop the marks it produced (ﱞ → ٌّ …).
    let out = '';
    for (let i = 0; i < nfkc.length; i++) {
      const d = nfkc.charCodeAt(i);
      if (classify(d) !== Kind.Keep || d === 0x20) continue;
      const f = foldChar(d);
      out += typeof f === 'number' ? String.fromCharCode(f) : f;
    }
    return out;
  }
  return c;
}

/**
 * Normalises `original` for matching and keeps the offset map.
 * @example normalizeArabic('وَأَكَّدَ').text → 'واكد'
 * @example normalizeArabic('مُصْطَفَى').text → 'مصطفي'
 */
export function normalizeArabic(original: string): NormalizedText {
  const n = original.length;
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const kind = classify(c);
    if (kind === Kind.DropMark) {
      if (ends.length > 0) ends[ends.length - 1] = i + 1;
      continue;
    }
    if (kind === Kind.DropControl) continue;
    const f = foldChar(c);
    if (typeof f === 'number') {
      codes.push(f);
      starts.push(i);
      ends.push(i + 1);
    } else {
      for (let k = 0; k < f.length; k++) {
        codes.push(f.charCodeAt(k));
        starts.push(i);
        ends.push(i + 1);
      }
    }
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * The normalised form alone, for dictionary keys and features (no offset map).
 * @example foldArabic('أمريكا') → 'امريكا'
 */
export function foldArabic(s: string): string {
  // Most words fold to themselves: then the same string comes back (its hash, once computed
  // for a map lookup, is kept), and a changed word is built from its first changed character.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (changes(c)) break;
  }
  if (i === s.length) return s;
  // Words that do change (أن، إلى، على، أو …) come back again and again: their folded forms
  // are kept (a bounded cache), so that each is built once rather than at every reading.
  if (s.length > MAX_CACHED) return s.slice(0, i) + foldRest(s, i);
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
    folded = s.slice(0, i) + foldRest(s, i);
    FOLDED.set(s, folded);
  }
  return folded;
}

/** Per character of the Arabic block (U+0600–U+06FF): 1 when folding drops or changes it. */
const ARABIC_CHANGES = Uint8Array.from({ length: 0x100 }, (_, k) => {
  const c = 0x0600 + k;
  return classify(c) !== Kind.Keep || foldChar(c) !== c ? 1 : 0;
});

/** Folded forms of words that change when folded (see foldArabic). */
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 20_000;
const MAX_CACHED = 40;

/** Whether folding drops or changes the character `c`. */
function changes(c: number): boolean {
  return c < 0x0600 ? c === 0x00ad : c < 0x0700 ? ARABIC_CHANGES[c - 0x0600] === 1 : classify(c) !== Kind.Keep || foldChar(c) !== c;
}

/**
 * The folded form of s[from…]: the runs of characters folding keeps as they are are copied whole
 * (a quotation or a title folds in a few dozen pieces, not one piece per character).
 */
function foldRest(s: string, from: number): string {
  let out = '';
  let run = from;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!changes(c)) continue;
    out += s.slice(run, i);
    run = i + 1;
    if (classify(c) !== Kind.Keep) continue;
    const f = foldChar(c);
    out += typeof f === 'number' ? String.fromCharCode(f) : f;
  }
  return out + s.slice(run);
}

/**
 * Maps a span [start, end) of the normalised text back to the original text; the result
 * covers the marks that belong to its last letter.
 * @example const n = normalizeArabic('قالَ أَرْدُوغان'); toOriginalSpan(n, 4, 11) → [5, 15]
 */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  if (start < 0 || end > n.text.length || start >= end) throw new RangeError(`bad span [${start}, ${end}) of ${n.text.length}`);
  return [n.starts[start] as number, n.ends[end - 1] as number];
}

/**
 * Offset in `word` (original) where its folded character `k` starts: the length of a clitic
 * prefix of k folded letters, marks included (لِمعاذ with k = 1 → 2). A word with no marks maps
 * k to itself; k past the folded form gives the word's length.
 * @example foldedOffset('لِمُعاذ', 1) → 2
 */
export function foldedOffset(word: string, k: number): number {
  if (k === 0) return 0;
  return normalizeArabic(word).starts[k] ?? word.length;
}
