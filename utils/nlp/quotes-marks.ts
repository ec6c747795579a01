/**
 * Pairs the quotation marks of a text: «…», "…" (ASCII, one character for both ends), “…”
 * and ”…“ (CLDR's Arabic order) and ‘…’, nested or not, and joins a quotation that a page
 * continues over several paragraphs by reopening the mark («… \n«…»).
 *
 * Everything is one linear pass per mark family. An unclosed mark never reaches past its
 * paragraph (plus the paragraphs that explicitly reopen it), so a forgotten » cannot swallow
 * the rest of an article.
 */

/** A paired (or unclosed) quotation mark span of the original text. */
export interface MarkPair {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the end of the last paragraph when the page left it unclosed. */
  close: number;
  /** False when no closing mark was found within the quotation's paragraphs. */
  closed: boolean;
  /** Number of paragraphs the quotation runs over (1 for most). */
  paragraphs: number;
}

/** Longest run of paragraphs one quotation may continue over. */
const MAX_PARAGRAPHS = 12;
/** Longest quotation (in UTF-16 units) between two symmetric marks of one paragraph. */
const MAX_SYMMETRIC_SPAN = 3000;

const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »
const SINGLE_OPEN = 0x2018; // ‘
const SINGLE_CLOSE = 0x2019; // ’
const ASCII_QUOTE = 0x22; // "
const CURLY_LEFT = 0x201c; // “
const CURLY_RIGHT = 0x201d; // ”

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) ||
    c === 0x202f || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff || c === 0x061c;
}

function isBreak(c: number): boolean {
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

/** True when the symmetric mark at `i` can open: nothing or a space, punctuation or a clitic before, a letter after. */
function canOpen(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (next < 0 || isSpace(next)) return false;
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

/** True when the symmetric mark at `i` can close: not a space before, and no letter right after. */
function canClose(text: string, i: number): boolean {
  if (i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (isSpace(prev)) return false;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  return next < 0 || !isLetter(next);
}

interface Paragraph { start: number; end: number }

/** The four families of marks; a family pairs only its own marks. */
const enum Family { Guillemet, Single, Ascii, Curly }

function familyOf(c: number): Family | -1 {
  if (c === GUILLEMET_OPEN || c === GUILLEMET_CLOSE) return Family.Guillemet;
  if (c === SINGLE_OPEN || c === SINGLE_CLOSE) return Family.Single;
  if (c === ASCII_QUOTE) return Family.Ascii;
  if (c === CURLY_LEFT || c === CURLY_RIGHT) return Family.Curly;
  return -1;
}

function isOpenerOf(family: Family, c: number): boolean {
  if (family === Family.Guillemet) return c === GUILLEMET_OPEN;
  if (family === Family.Single) return c === SINGLE_OPEN;
  return familyOf(c) === family;
}

/** Pairs within one paragraph plus the opener left unclosed at its end (or -1). */
interface ParagraphPairs { pairs: Array<[number, number]>; dangling: number }

function pairAsymmetric(text: string, marks: number[], open: number): ParagraphPairs {
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  let lastPairStart = -1;
  for (const i of marks) {
    if (text.charCodeAt(i) === open) stack.push(i);
    else if (stack.length > 0) {
      const o = stack.pop() as number;
      pairs.push([o, i]);
      if (o > lastPairStart) lastPairStart = o;
    }
  }
  // Only the last unclosed opener can run on, and only if nothing after it was paired.
  const last = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
  return { pairs, dangling: last > lastPairStart ? last : -1 };
}

function pairSymmetric(text: string, marks: number[]): ParagraphPairs {
  const pairs: Array<[number, number]> = [];
  let opener = -1;
  for (const i of marks) {
    const o = canOpen(text, i);
    const c = canClose(text, i);
    if (opener < 0) {
      if (o || !c) opener = i;
      continue;
    }
    if (c || !o) {
      if (i - opener <= MAX_SYMMETRIC_SPAN) {
        pairs.push([opener, i]);
        opener = -1;
      } else opener = o || !c ? i : -1;
    } else opener = i; // a second opener: the first one was stray.
  }
  return { pairs, dangling: opener };
}

function startsWithMark(text: string, p: Paragraph, family: Family): number {
  let i = p.start;
  while (i < p.end && isSpace(text.charCodeAt(i))) i++;
  return i < p.end && isOpenerOf(family, text.charCodeAt(i)) ? i : -1;
}

/** The marks of one family, grouped by paragraph index (in text order). */
type MarksByParagraph = Map<number, number[]>;

/** Runs one family over its paragraphs and joins quotations reopened at the next paragraph. */
function pairFamily(text: string, paragraphs: Paragraph[], family: Family, marks: MarksByParagraph): MarkPair[] {
  const out: MarkPair[] = [];
  const results = new Map<number, ParagraphPairs>();
  for (const [k, m] of marks) {
    results.set(k, family === Family.Guillemet ? pairAsymmetric(text, m, GUILLEMET_OPEN)
      : family === Family.Single ? pairAsymmetric(text, m, SINGLE_OPEN) : pairSymmetric(text, m));
  }
  // Openers that reopen a quotation already emitted from an earlier paragraph.
  const consumed = new Set<number>();
  for (const [k, r] of results) {
    for (const [o, c] of r.pairs) if (!consumed.has(o)) out.push({ open: o, close: c, closed: true, paragraphs: 1 });
    if (r.dangling < 0 || consumed.has(r.dangling)) continue;
    let j = k;
    let close = -1;
    const reopened: number[] = [];
    // Follow the reopened paragraphs: «…\n«…\n«…» is one quotation.
    while (j + 1 < paragraphs.length && j - k < MAX_PARAGRAPHS) {
      const reopen = startsWithMark(text, paragraphs[j + 1] as Paragraph, family);
      if (reopen < 0) break;
      j++;
      reopened.push(reopen);
      const next = results.get(j) as ParagraphPairs;
      const pair = next.pairs.find(([o]) => o === reopen);
      if (pair) { close = pair[1]; break; }
      if (next.dangling !== reopen) break;
    }
    if (close >= 0) {
      for (const o of reopened) consumed.add(o);
      out.push({ open: r.dangling, close, closed: true, paragraphs: j - k + 1 });
    } else out.push({ open: r.dangling, close: (paragraphs[k] as Paragraph).end, closed: false, paragraphs: 1 });
  }
  return out;
}

/**
 * The outermost quotation-mark spans of `text`, in order: nested pairs are dropped (they are
 * part of the outer quotation), crossing pairs keep the earlier one, and an unclosed mark
 * only counts where it encloses no closed pair.
 * @example findMarkPairs('قال: «نعم ‘لا’»').map(p => [p.open, p.close]) → [[5, 14]]
 */
export function findMarkPairs(text: string): MarkPair[] {
  // One pass: the paragraphs, and every mark filed under its family and paragraph.
  const paragraphs: Paragraph[] = [];
  const families: MarksByParagraph[] = [new Map(), new Map(), new Map(), new Map()];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (isBreak(c)) {
      if (i > start) paragraphs.push({ start, end: i });
      start = i + 1;
      continue;
    }
    if (c !== ASCII_QUOTE && c < 0xab) continue;
    const f = familyOf(c);
    if (f < 0) continue;
    const byParagraph = families[f] as MarksByParagraph;
    const list = byParagraph.get(paragraphs.length);
    if (list) list.push(i);
    else byParagraph.set(paragraphs.length, [i]);
  }
  const all = families.flatMap((marks, f) => pairFamily(text, paragraphs, f as Family, marks));
  all.sort((a, b) => a.open - b.open || b.close - a.close);
  const closed: MarkPair[] = [];
  let reach = -1;
  for (const p of all) {
    if (!p.closed || p.open <= reach) continue;
    closed.push(p);
    reach = p.close;
  }
  const out: MarkPair[] = [];
  let k = 0;
  let lastUnclosed = -1;
  for (const p of all) {
    if (p.closed || p.open <= lastUnclosed) continue;
    while (k < closed.length && (closed[k] as MarkPair).close < p.open) out.push(closed[k++] as MarkPair);
    const next = closed[k];
    if (next && next.open <= p.close) continue;
    out.push(p);
    lastUnclosed = p.close;
  }
  while (k < closed.length) out.push(closed[k++] as MarkPair);
  return out;
}
