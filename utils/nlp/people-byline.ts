/**
 * The reporter's name in a byline at the head of an article or of a line (after the summary):
 * two or three words, a dash, then the city or the source (بادي البادي ـ جدة، شقران الرشيدي-
 * سبق- الرياض:). The tagger, trained on sentences, often misses it or keeps a part.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isNotAName } from './people-not-names';
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import type { Token } from './tokenize';

/** Dashes between a byline's name and its dateline. */
export const DASHES = new Set(['-', '–', '—']);
/** A byline is found but not backed by the tagger: as sure as an untagged full name, so its surname may spread. */
const BYLINE_CONFIDENCE = 0.7;
/** Classes of a word that cannot open a reporter's name: a title, a verb, a common word, a cue or a place (كشف التقرير - جدة). */
const NOT_A_GIVEN_NAME = LEX.TITLE | LEX.SPEECH | LEX.COMMON | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.COUNTRY | LEX.PLACE;
/** Classes of the word after the dash that make it the dateline's city (جدة، الرياض). */
const PLACE = LEX.PLACE | LEX.CORPUS_LOC | LEX.COUNTRY;

/** A dash, written as a mark or as a lone tatweel (ـ). */
export function isDash(t: Token | undefined): boolean {
  return t !== undefined && (DASHES.has(t.text) || isTatweelOnly(t.text));
}

/** Whether `s` is one tatweel or more and nothing else (read by code: this is asked of every token). */
function isTatweelOnly(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 0x640) return false;
  return true;
}

/**
 * How many tokens the byline name at token i (the head of a line) spans, 0 when there is none:
 * two or three words of two letters or more, none a function word and the first no title, verb
 * or common word, then a dash, then a place (جدة) or a source followed by a dash or a colon (سبق-).
 * @example bylineLength(ctx of 'بادي البادي ـ جدة\nتنصيب رئيس', 0) → 2
 */
export function bylineLength(ctx: BoundsContext, i: number): number {
  const { tokens, classOf } = ctx;
  for (let k = 2; k <= 3; k++) {
    if (!isDash(tokens[i + k])) continue;
    // أ ف ب- بروكسل: letters are an agency's initials.
    for (let j = i; j < i + k; j++) if (tokens[j]!.kind !== 'word' || tokens[j]!.text.length < 2 || isDash(tokens[j]) || isNotAName(ctx, tokens[j]!)) return 0;
    if (classOf(foldArabic(tokens[i]!.text)) & NOT_A_GIVEN_NAME) return 0;
    const where = tokens[i + k + 1], then = tokens[i + k + 2];
    if (where?.kind !== 'word' || isDash(where)) return 0;
    return classOf(foldArabic(where.text)) & PLACE || isDash(then) || then?.text === ':' ? k : 0;
  }
  return 0;
}

/** Whether token i opens a line of the text. */
export function opensLine(ctx: BoundsContext, i: number): boolean {
  if (i === 0) return true;
  const from = ctx.tokens[i - 1]!.end, to = ctx.tokens[i]!.start;
  for (let c = from; c < to; c++) if (ctx.text.charCodeAt(c) === 10) return true;
  return false;
}

/** Puts the byline names at the heads of lines among the drafts, in place of any part of them the tagger found. */
export function addBylines(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.kind !== 'word' || !opensLine(ctx, i)) continue;
    const k = bylineLength(ctx, i);
    if (k === 0 || drafts.some((d) => d.tokenStart === i && d.tokenEnd === i + k)) continue;
    for (let d = drafts.length - 1; d >= 0; d--) if (drafts[d]!.tokenStart >= i && drafts[d]!.tokenStart < i + k) drafts.splice(d, 1);
    const words = ctx.tokens.slice(i, i + k);
    drafts.push({ start: words[0]!.start, end: words[k - 1]!.end, words: words.map((t) => foldArabic(t.text)), confidence: BYLINE_CONFIDENCE, tokenStart: i, tokenEnd: i + k });
    covered.fill(1, i, i + k);
  }
}
