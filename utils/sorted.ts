/**
 * Binary search over anything sorted: the first index in [0, n) at which `before(i)` is false,
 * for a `before` that holds up to some index and not after it (n when it always holds).
 * @example partitionPoint(4, (i) => [1, 3, 5, 7][i]! < 5) → 2
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Orders two names for display without ICU: the first Intl collator a renderer builds costs it
 * 15–55 ms (measured in Chromium here), which a page would pay right after its highlights are
 * painted and the popup on its first view. The letters an Arabic reader files together compare
 * equal first (alef with or without hamza or madda, ى and ي, ة and ه; marks and tatweel
 * ignored), then the names as written, so that the order is total.
 * @example ['أحمد', 'ابراهيم'].sort(compareNames) → ['ابراهيم', 'أحمد']
 */
export function compareNames(a: string, b: string): number {
  const ka = nameSortKey(a);
  const kb = nameSortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function nameSortKey(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}
