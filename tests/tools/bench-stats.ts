/**
 * Order statistics for `npm run bench`: every figure is a median over runs, shown with its
 * p10–p90 spread, so one slow run on a shared machine moves neither.
 */

/** The value at quantile `q` (0..1) of `xs`, linear between the two nearest ranks; NaN when empty. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is not in [0, 1]`);
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

/** The median of `xs` (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** The p10 and p90 of `xs`: the spread shown next to a median. */
export function spread(xs: readonly number[]): [number, number] {
  return [quantile(xs, 0.1), quantile(xs, 0.9)];
}

/** A measured figure: median, p10–p90 spread, and how many runs it summarises. */
export interface Summary {
  median: number;
  spread: [number, number];
  runs: number;
}

/** Median, spread and count of `xs`. */
export function summarize(xs: readonly number[]): Summary {
  return { median: median(xs), spread: spread(xs), runs: xs.length };
}

/** Rounds to `digits` decimals, keeping null and turning NaN into null (JSON has no NaN). */
export function round(x: number | null | undefined, digits = 2): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Rounds both ends of a spread. */
export function roundSpread(s: readonly [number, number] | null | undefined, digits = 2): [number | null, number | null] | null {
  return s ? [round(s[0], digits), round(s[1], digits)] : null;
}

/** Items per second from a count and a duration in milliseconds. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.NaN;
}
