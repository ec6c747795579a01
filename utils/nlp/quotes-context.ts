/**
 * The token view the quotation detector reasons on. Only the text around the marks is
 * tokenised (a stretch before each opening mark, a few words after each closing one, and the
 * inside of short pairs, which can be names), so that a long page with few quotations costs
 * little; the stretches are merged, so no character is tokenised twice.
 */
import { foldArabic } from './normalize';
import type { MarkPair } from './quotes-marks';
import { stretchTokens, type PageTokens } from './quotes-stretch-tokens';
import type { Token } from './tokenize';

/** Characters before an opening mark that the speech cues and the previous speaker are looked for in. */
const LEFT_CHARS = 300;
/**
 * How much farther back the stretch before an opening mark may reach to start where a sentence
 * starts, not inside it: its speech verb and subject (وأكد الأمير خالد الفيصل … أن …) say who the
 * next bare وقال is, and a word cut in two reads as another word (الأمير cut to لأمير).
 */
const SENTENCE_CHARS = 200;
/**
 * Whether the character code ends a sentence or a paragraph (. ! ? ؟ and line breaks), where a
 * stretch may start: read by code, as a one-letter string per character cost an allocation each.
 */
function isSentenceEndCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x0a || c === 0x0d || c === 0x2029;
}

/** The start of the stretch before an opening mark at `open`: LEFT_CHARS back, then back to a sentence's start (or a word's, past SENTENCE_CHARS). */
function stretchStart(text: string, open: number): number {
  const from = open - LEFT_CHARS;
  if (from <= 0) return 0;
  for (let i = from; i > from - SENTENCE_CHARS; i--) {
    if (i <= 0) return 0;
    if (isSentenceEndCode(text.charCodeAt(i - 1))) return i;
  }
  let i = from;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Characters after a closing mark that an attribution (…»، قال الوزير) is looked for in. */
const RIGHT_CHARS = 160;
/** A closed quotation this long has the pairs inside it read as part of it. */
const LONG_QUOTE = 300;
/** Pairs up to this long are tokenised inside too: they may be names within a subject (وقال "كيري"). */
const SHORT_PAIR = 80;

/** Characters foldArabic changes (hamza seats, alif maqsura, tashkeel, tatweel, digits, presentation forms, controls). */
const NEEDS_FOLDING = /[\u0622\u0623\u0625\u0649\u0671-\u0673\u064B-\u065F\u0670\u0640\u0610-\u061A\u06D6-\u06ED\u08D3-\u08FF\u0660-\u0669\u06F0-\u06F9\uFB50-\uFEFC\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** Tokens of the stretches of a text with what the detector needs about them. */
export interface QuoteContext {
  text: string;
  tokens: Token[];
  /** The folded text of token i (computed on first use: most tokens are never asked for). */
  f(i: number): string;
  /** True when a paragraph break, or the start of a stretch, separates token i from token i - 1. */
  breakBefore: boolean[];
  /** For a token that opens a pair of marks: the index of the token that closes it (or of the last token before the paragraph end for an unclosed pair). */
  pairEnd: Map<number, number>;
  /** The reverse of `pairEnd`, for walking back over an earlier pair of marks. */
  pairStart: Map<number, number>;
  /** For each pair given, its [opening, closing] token indices (as in `pairEnd`). */
  pairTokens: Array<[number, number]>;
}

function stretchesOf(text: string, pairs: MarkPair[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Pairs inside a long closed quotation are part of it (it is accepted far more often than
  // not): their own context is not read.
  let insideLong = -1;
  for (const p of pairs) {
    if (p.open < insideLong) continue;
    if (p.closed && p.close - p.open > LONG_QUOTE) insideLong = p.close;
    ranges.push([stretchStart(text, p.open), p.open + 1]);
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

/** A title written as one letter and a dot: د. (دكتور), أ. (أستاذ), م. (مهندس). */
const ONE_LETTER_TITLE = /^[دأم]$/;

/**
 * Whether `token` is the dot of a one-letter title just read (د. علي): right after it, with a
 * name after one space, and the title not after a number (2015 م. is a year's end).
 */
function isTitleDot(text: string, tokens: readonly Token[], token: Token, prevEnd: number): boolean {
  const title = tokens[tokens.length - 1];
  if (token.text !== '.' || !title || title.end !== token.start || prevEnd !== token.start || !ONE_LETTER_TITLE.test(title.text)) return false;
  if (!/^ [\u0621-\u064A]/.test(text.slice(token.end, token.end + 2))) return false;
  const before = tokens[tokens.length - 2];
  return !before || before.kind !== 'number';
}

/** Characters of stretches tokenised between two yields of buildQuoteContextSteps. */
const CHARS_PER_STEP = 6000;

/**
 * Builds the token view of `text` around the given mark pairs, a few stretches at a time
 * (yielding between them); from the page's tokens and folds where `page` gives them.
 * @example runSteps(buildQuoteContextSteps('قال: «نعم»', findMarkPairs('قال: «نعم»'))).f(0) → 'قال'
 */
export function* buildQuoteContextSteps(text: string, pairs: MarkPair[], page?: PageTokens): Generator<void, QuoteContext> {
  const tokens: Token[] = [];
  // Packed (filled as tokens come) so that asking for token 50,000 first does not turn it into a
  // dictionary; '' means not folded yet (no token is empty).
  const folded: string[] = [];
  const breakBefore: boolean[] = [];
  // Line breaks in order, walked alongside the tokens (a token follows a break when one lies
  // between it and the token before).
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) breaks.push(i);
  }
  let nb = 0;
  let read = 0;
  for (const [a, b] of stretchesOf(text, pairs)) {
    read += b - a;
    if (read > CHARS_PER_STEP) {
      read = 0;
      yield;
    }
    let prevEnd = -1;
    const stretch = stretchTokens(text, a, b, page);
    for (let n = 0; n < stretch.tokens.length; n++) {
      const token = stretch.tokens[n]!;
      while (nb < breaks.length && (breaks[nb] as number) < prevEnd) nb++;
      // يقول د. علي: the dot of a title abbreviated to one letter is part of it, no sentence end.
      if (isTitleDot(text, tokens, token, prevEnd)) {
        // (a new token: the title may be the page's own, which is not changed)
        const title = tokens[tokens.length - 1] as Token;
        tokens[tokens.length - 1] = { start: title.start, end: token.end, text: `${title.text}.`, kind: title.kind };
        folded[tokens.length - 1] = '';
        prevEnd = token.end;
        continue;
      }
      tokens.push(token);
      // (a word's page fold is its fold here; other tokens are read as they are written)
      folded.push(token.kind === 'word' ? stretch.folded[n] ?? '' : '');
      breakBefore.push(prevEnd < 0 || (nb < breaks.length && (breaks[nb] as number) < token.start));
      prevEnd = token.end;
    }
  }
  const f = (i: number): string => {
    const known = folded[i];
    if (known) return known;
    const t = tokens[i];
    if (!t) return '';
    const v = t.kind === 'word' && NEEDS_FOLDING.test(t.text) ? foldArabic(t.text) : t.text;
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

/** The pairs of marks, as [opening, closing] tokens, whose words hold character offset `at`. */
export function pairsAround(ctx: QuoteContext, at: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [open, close] of ctx.pairEnd) {
    if ((ctx.tokens[open]?.start ?? Infinity) < at && at < (ctx.tokens[close]?.start ?? -Infinity)) out.push([open, close]);
  }
  return out;
}

/** Sentence-final marks: a clause never reaches back over them. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '...', '…']);

/** Whether a token or a character is punctuation that ends a sentence (. ! ? ؟ … ...). */
export function isSentenceEndMark(s: string): boolean {
  return SENTENCE_END.has(s);
}

/**
 * True when token i ends a sentence (or a paragraph or stretch starts right after it).
 * @example const t = 'انتهى. قال: «نعم»'; isSentenceEnd(runSteps(buildQuoteContextSteps(t, findMarkPairs(t))), 1) → true (the full stop)
 */
export function isSentenceEnd(ctx: QuoteContext, i: number): boolean {
  // (only a mark ends a sentence: a word is not folded to be looked up)
  const t = ctx.tokens[i];
  return (t?.kind === 'punct' && isSentenceEndMark(t.text)) || (i + 1 < ctx.tokens.length && (ctx.breakBefore[i + 1] as boolean));
}

/**
 * Whether token k opens a sentence: the text's start, a sentence end or a paragraph break before it.
 * @example const t = 'انتهى. وقال'; opensSentence(runSteps(buildQuoteContextSteps(t, findMarkPairs(t))), 2) → true
 */
export function opensSentence(ctx: QuoteContext, k: number): boolean {
  return k === 0 || ctx.breakBefore[k] === true || isSentenceEnd(ctx, k - 1);
}

/** The token right before token i, past one comma between (بدوره، بين: the index of بدوره). */
export const beforeComma = (ctx: QuoteContext, i: number): number => (ctx.f(i - 1) === '،' ? i - 2 : i - 1);
