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
const DOUBLE_PRIME = 0x2033; // ″

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

/** True when the last character before `i`, spaces aside, is a colon. */
function afterColon(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j >= 0 && text.charCodeAt(j) === 0x3a;
}

/** True when the symmetric mark at `i` can open: nothing or a space, punctuation or a clitic before, a letter after. */
function canOpen(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (next < 0) return false;
  // After a colon a stray space does not stop a mark from opening (واضاف :» هذا العام …).
  if (isSpace(next)) return afterColon(text, i) && i + 2 < text.length && isLetter(text.charCodeAt(i + 2));
  // What a quotation starts with: a word, a number, a bracket, a hashtag or a nested mark.
  if (!isLetter(next) && next !== 0x28 && next !== 0x23 && next !== 0x40 && familyOf(next) < 0 && next !== SINGLE_OPEN) return false;
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
function isSentencePunct(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}

/** True when the symmetric mark at `i` can close: not a space before, and no letter right after (unless a sentence just ended). */
function canClose(text: string, i: number): boolean {
  if (i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (isSpace(prev)) return false;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  return next < 0 || !isLetter(next) || isSentencePunct(prev);
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

/**
 * ″ typed for ” after a figure: publishing tools turn the " that follows a digit into a double
 * prime (“ويندوز 10″), so it closes the curly quotation when it ends a word; else (5.5 ″) it is no mark.
 */
function primeFamily(text: string, i: number): Family | -1 {
  return i > 0 && isLetter(text.charCodeAt(i - 1)) && canClose(text, i) ? Family.Curly : -1;
}

function isOpenerOf(family: Family, c: number): boolean {
  if (family === Family.Guillemet) return c === GUILLEMET_OPEN;
  if (family === Family.Single) return c === SINGLE_OPEN;
  return familyOf(c) === family;
}

/**
 * Pairs within one paragraph, plus the outermost opener left unclosed at its end (or -1): the
 * quotation it opens runs to the end of the paragraph, around any pair after it.
 */
interface ParagraphPairs { pairs: Array<[number, number]>; dangling: number }

function pairAsymmetric(text: string, marks: number[], open: number): ParagraphPairs {
  const stack: number[] = [];
  const stray: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (const i of marks) {
    // An opening mark with no word after it while a quotation is open is its mistyped closing
    // mark (نتيجة «الأملاح « وسيشارك، « ما حك جلدك مثل ظفرك «.).
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    const closes = text.charCodeAt(i) !== open || (stack.length > 0 && !isLetter(next));
    if (!closes) stack.push(i);
    else if (stack.length > 0) pairs.push([stack.pop() as number, i]);
    else stray.push(i);
  }
  if (stray.length === 0) return { pairs, dangling: stack[0] ?? -1 };
  // Some pages type the marks the other way round (:»…«) or use one of them at both ends
  // (:»…»): the leftovers are paired as same-character marks, by their flanking.
  const rest = pairSymmetric(text, [...stray, ...stack].sort((x, y) => x - y));
  pairs.push(...rest.pairs);
  const dangling = rest.dangling >= 0 && (text.charCodeAt(rest.dangling) === open || canOpen(text, rest.dangling)) ? rest.dangling : -1;
  return { pairs, dangling };
}

/**
 * Same character at both ends ("…", and ” “ used either way): the flanking decides. A mark that
 * can only open is pushed, one that can only close pairs with the innermost opener, and an
 * ambiguous one closes if something is open, so "… "داعش" …" nests. A closing-shaped mark with
 * nothing open is taken as a badly spaced opener (إن" قوات …"), but never opens an unclosed span.
 */
function pairSymmetric(text: string, marks: number[]): ParagraphPairs {
  const stack: number[] = [];
  const weak = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const i of marks) {
    const o = canOpen(text, i);
    const c = canClose(text, i);
    while (stack.length > 0 && i - (stack[stack.length - 1] as number) > MAX_SYMMETRIC_SPAN) stack.pop();
    if (stack.length > 0 && (c || !o)) pairs.push([stack.pop() as number, i]);
    else {
      if (!o && c) weak.add(i);
      stack.push(i);
    }
  }
  return { pairs, dangling: stack.find((i) => !weak.has(i)) ?? -1 };
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
 * Every quotation-mark span of `text` in order of opening (an outer span before the spans
 * nested in it); of two crossing spans the earlier one is kept. An unclosed opener spans to the
 * end of its paragraph.
 * @example findMarkPairs('قال: «نعم ‘لا’»').map(p => [p.open, p.close]) → [[5, 14], [10, 13]]
 */
export function findMarkPairs(text: string): MarkPair[] {
  // One pass: the paragraphs, and every mark filed under its family and paragraph.
  const paragraphs: Paragraph[] = [];
  const families: MarksByParagraph[] = [new Map(), new Map(), new Map(), new Map()];
  let start = 0;
  // Within the paragraph: an ASCII mark waiting for its closer, and guillemets opened and not
  // yet closed. Some pages open with " and close with » (إن "المتهمين سيتم التحقيق معهم».): a »
  // that closes no « while a " is open is filed as that "'s closer.
  let asciiOpen = false;
  let guillemets = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (isBreak(c)) {
      if (i > start) paragraphs.push({ start, end: i });
      start = i + 1;
      asciiOpen = false;
      guillemets = 0;
      continue;
    }
    if (c !== ASCII_QUOTE && c < 0xab) continue;
    let f = c === DOUBLE_PRIME ? primeFamily(text, i) : familyOf(c);
    if (f < 0) continue;
    if (c === ASCII_QUOTE) asciiOpen = !asciiOpen && canOpen(text, i);
    else if (c === GUILLEMET_OPEN) guillemets++;
    else if (c === GUILLEMET_CLOSE) {
      if (guillemets > 0) guillemets--;
      else if (asciiOpen && canClose(text, i)) {
        f = Family.Ascii;
        asciiOpen = false;
      }
    }
    const byParagraph = families[f] as MarksByParagraph;
    const list = byParagraph.get(paragraphs.length);
    if (list) list.push(i);
    else byParagraph.set(paragraphs.length, [i]);
  }
  const all = families.flatMap((marks, f) => pairFamily(text, paragraphs, f as Family, marks));
  all.sort((a, b) => a.open - b.open || b.close - a.close);
  const out: MarkPair[] = [];
  const enclosing: MarkPair[] = [];
  for (const p of all) {
    while (enclosing.length > 0 && (enclosing[enclosing.length - 1] as MarkPair).close < p.open) enclosing.pop();
    const outer = enclosing[enclosing.length - 1];
    if (outer && p.close > outer.close) continue; // crossing
    out.push(p);
    enclosing.push(p);
  }
  return out;
}
