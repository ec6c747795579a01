/**
 * How the quotation evaluations (eval-quotes, eval-speaker-reach) match what was found to the
 * gold: a found quotation is a gold one when their spans overlap enough (character Jaccard), one
 * to one, best overlap first; its speaker is the gold one when both are null, the folded texts
 * are equal, or one's folded words are a contiguous run of the other's (الوزير سامح شكري ~ سامح شكري).
 */
import { foldArabic } from '../../utils/nlp/normalize';
import { locateQuoteItem, type QuoteGoldDoc, type SpeakerKind } from './quotes-gold-read';

/** A predicted quotation matches a gold one at this character Jaccard or above. */
export const MIN_JACCARD = 0.8;

/** A gold quotation: the trimmed span of its quoted words, its speaker and the speaker's kind. */
export interface Span { start: number; end: number; speaker: string | null; kind?: SpeakerKind | null }

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

/** The gold quotations of a document as trimmed spans of the quoted words. */
export function goldSpans(d: QuoteGoldDoc, text: string): Span[] {
  return d.items.filter((item) => item.isQuotation).map((item) => {
    const at = locateQuoteItem(text, item);
    if (!at) throw new Error(`${d.doc}: gold quote not found: ${item.quote.slice(0, 60)}`);
    const [start, end] = trimmed(text, at.start, at.end);
    return { start, end, speaker: item.speaker, kind: item.speakerKind };
  });
}

/** The character Jaccard of two spans. */
export function jaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * The index of the predicted span not in `used` that overlaps gold span `g` most, and that overlap
 * (index -1 when none overlaps); a match when the overlap is MIN_JACCARD or more.
 * @example bestOverlap([{ start: 0, end: 10 }], { start: 1, end: 10 }, new Set()) → { k: 0, j: 0.9 }
 */
export function bestOverlap(predicted: ReadonlyArray<{ start: number; end: number }>, g: Span, used: ReadonlySet<number>): { k: number; j: number } {
  let k = -1, j = 0;
  predicted.forEach((p, i) => {
    const x = jaccard(p, g);
    if (!used.has(i) && x > j) { k = i; j = x; }
  });
  return { k, j };
}

const tokensOf = (s: string) => foldArabic(s).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

function containsRun(outer: string[], inner: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((t, k) => outer[i + k] === t)) return true;
  return false;
}

/**
 * Speaker agreement: both null, folded texts equal, or one's folded words are a contiguous run of the other's.
 * @example sameSpeaker('الوزير سامح شكري', 'سامح شكري') → true
 */
export function sameSpeaker(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = tokensOf(predicted);
  const g = tokensOf(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length;
  return p.join(' ') === g.join(' ') || containsRun(p, g) || containsRun(g, p);
}
