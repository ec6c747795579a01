/**
 * Pairs the quotation marks of a text: «…», "…" (ASCII, one character for both ends), “…”
 * and ”…“ (CLDR's Arabic order) and ‘…’, nested or not, and joins a quotation that a page
 * continues over several paragraphs by reopening the mark («… \n«…»).
 *
 * Everything is one linear pass per mark family. An unclosed mark never reaches past its
 * paragraph (plus the paragraphs that explicitly reopen it), so a forgotten » cannot swallow
 * the rest of an article.
 */

import { spillCloser } from './quotes-marks-spill';
import { cutReopened, reopenedInLine } from './quotes-marks-reopen';
import { ASCII_QUOTE, DOUBLE_PRIME, Family, GUILLEMET_CLOSE, GUILLEMET_OPEN, SINGLE_OPEN, canClose, canOpen, familyOf, isBreak, isLetter, isOpenerOf, isSpace, primeFamily, type Paragraph } from './quotes-mark-chars';

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
    // «…. «…»: a quotation reopened for a paragraph whose line break the page lost is one quotation.
    const flattened = r.dangling >= 0 && !consumed.has(r.dangling) ? reopenedInLine(text, r.dangling, r.pairs) : null;
    for (const [o, c] of r.pairs) if (!consumed.has(o) && o !== flattened?.[0]) out.push({ open: o, close: c, closed: true, paragraphs: 1 });
    if (r.dangling < 0 || consumed.has(r.dangling)) continue;
    if (flattened) {
      out.push({ open: r.dangling, close: flattened[1], closed: true, paragraphs: 1 });
      continue;
    }
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
    // «…\n…» with no reopening mark: the next paragraph's first mark closes it (quotes-marks-spill).
    const spill = close < 0 && j === k ? spillCloser(text, paragraphs, marks, k) : -1;
    if (close >= 0) {
      for (const o of reopened) consumed.add(o);
      out.push({ open: r.dangling, close, closed: true, paragraphs: j - k + 1 });
    } else if (spill >= 0) {
      consumed.add(spill);
      out.push({ open: r.dangling, close: spill, closed: true, paragraphs: 2 });
    } else out.push({ open: r.dangling, close: (paragraphs[k] as Paragraph).end, closed: false, paragraphs: 1 });
  }
  return out;
}

/**
 * True for the first of two marks of one family typed together before a word (صرحت في بيان
 * أصدرته “”أنا مصدومة …، اعتبر أن ««تأسيس …): one opener typed twice. Paired on its own, the
 * first would take a far closer and swallow the quotation and the text after it.
 */
function isDoubledOpener(text: string, i: number, f: Family): boolean {
  return i + 2 < text.length && familyOf(text.charCodeAt(i + 1)) === f && isLetter(text.charCodeAt(i + 2));
}

/** Outer pairs before the pairs they enclose. */
function byOpening(a: MarkPair, b: MarkPair): number {
  return a.open - b.open || b.close - a.close;
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
    if (f < 0 || isDoubledOpener(text, i, f as Family)) continue;
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
  // (a quotation of a family nested where a new one starts ends the one the page left open: quotes-marks-reopen)
  const all = families.flatMap((marks, f) => cutReopened(text, pairFamily(text, paragraphs, f as Family, marks).sort(byOpening)));
  all.sort(byOpening);
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
