/**
 * The token view the quotation detector reasons on. Only the text around the marks is
 * tokenised (a window before each opening mark, a few words after each closing one, and the
 * inside of short pairs, which can be names), so that a long page with few quotations costs
 * little; the windows are merged, so no character is tokenised twice.
 */
import { foldArabic } from './normalize';
import type { MarkPair } from './quotes-marks';
import { tokenize, type Token } from './tokenize';

/** Characters before an opening mark that the speech cues and the previous speaker are looked for in. */
const LEFT_CHARS = 450;
/** Characters after a closing mark that an attribution (…»، قال الوزير) is looked for in. */
const RIGHT_CHARS = 160;
/** Pairs up to this long are tokenised inside too: they may be names within a subject (وقال "كيري"). */
const SHORT_PAIR = 80;

/** Tokens of the windows of a text with what the detector needs about them. */
export interface QuoteContext {
  text: string;
  tokens: Token[];
  /** The folded text of token i (computed on first use: most tokens are never asked for). */
  f(i: number): string;
  /** True when a paragraph break, or the start of a window, separates token i from token i - 1. */
  breakBefore: boolean[];
  /** For a token that opens a pair of marks: the index of the token that closes it (or of the last token before the paragraph end for an unclosed pair). */
  pairEnd: Map<number, number>;
  /** The reverse of `pairEnd`, for walking back over an earlier pair of marks. */
  pairStart: Map<number, number>;
  /** For each pair given, its [opening, closing] token indices (as in `pairEnd`). */
  pairTokens: Array<[number, number]>;
}

function windowsOf(text: string, pairs: MarkPair[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const p of pairs) {
    ranges.push([Math.max(0, p.open - LEFT_CHARS), p.open + 1]);
    if (p.close - p.open <= SHORT_PAIR) ranges.push([p.open, Math.min(text.length, p.close + 1)]);
    ranges.push([p.close, Math.min(text.length, p.close + RIGHT_CHARS)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Builds the token view of `text` around the given mark pairs.
 * @example buildQuoteContext('قال: «نعم»', findMarkPairs('قال: «نعم»')).f(0) → 'قال'
 */
export function buildQuoteContext(text: string, pairs: MarkPair[]): QuoteContext {
  const tokens: Token[] = [];
  const breakBefore: boolean[] = [];
  for (const [a, b] of windowsOf(text, pairs)) {
    let first = true;
    let prevEnd = a;
    for (const token of tokenize(text.slice(a, b))) {
      token.start += a;
      token.end += a;
      let br = first;
      for (let k = prevEnd; k < token.start && !br; k++) {
        const c = text.charCodeAt(k);
        br = c === 0x0a || c === 0x0d || c === 0x2029;
      }
      tokens.push(token);
      breakBefore.push(br);
      first = false;
      prevEnd = token.end;
    }
  }
  const folded: Array<string | undefined> = [];
  const cache = new Map<string, string>();
  const f = (i: number): string => {
    const known = folded[i];
    if (known !== undefined) return known;
    const t = tokens[i];
    if (!t) return '';
    let v = t.kind === 'word' ? cache.get(t.text) : t.text;
    if (v === undefined) {
      v = foldArabic(t.text);
      cache.set(t.text, v);
    }
    folded[i] = v;
    return v;
  };
  const pairEnd = new Map<number, number>();
  const pairStart = new Map<number, number>();
  const pairTokens: Array<[number, number]> = [];
  let k = 0;
  for (const p of pairs) {
    while (k < tokens.length && (tokens[k] as Token).start < p.open) k++;
    const open = k;
    let close = open;
    while (close + 1 < tokens.length && (tokens[close + 1] as Token).start < p.close) close++;
    if (p.closed && close + 1 < tokens.length) close++;
    pairEnd.set(open, close);
    // An outer pair keeps the closing token it may share with a pair nested at its end.
    if (!pairStart.has(close)) pairStart.set(close, open);
    pairTokens.push([open, close]);
  }
  return { text, tokens, f, breakBefore, pairEnd, pairStart, pairTokens };
}

/** Sentence-final marks: a clause never reaches back over them. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '...', '…']);

/**
 * True when token i ends a sentence (or a paragraph or window starts right after it).
 * @example isSentenceEnd(buildQuoteContext('انتهى. قال', []), 1) → true (no window: an empty view)
 */
export function isSentenceEnd(ctx: QuoteContext, i: number): boolean {
  return SENTENCE_END.has(ctx.f(i)) || (i + 1 < ctx.tokens.length && (ctx.breakBefore[i + 1] as boolean));
}
