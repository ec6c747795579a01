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
