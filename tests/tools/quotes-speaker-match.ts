/**
 * When a found speaker is the gold one, for the quotation evaluations (eval-quotes,
 * eval-speaker-reach): both null, the folded texts equal, or one's folded words a contiguous run
 * of the other's (الوزير سامح شكري ~ سامح شكري).
 */
import { foldArabic } from '../../utils/nlp/normalize';

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
