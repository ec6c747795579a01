/** Cooperative scheduling: long work gives its thread back every few milliseconds (a page's main thread, or the background's, so that messages are answered in between). */

/** Resolves after the browser had a chance to handle input and paint. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a sliced run reports besides its result. */
export interface SliceStats {
  /** The longest stretch the run kept the main thread without yielding, in ms. */
  longestSlice: number;
  /** Steps of the generators run (a machine-independent measure of how finely the work is cut). */
  steps: number;
}

/**
 * Runs a generator to completion, yielding to the main thread whenever a slice has taken
 * longer than `budgetMs`, so that no task exceeds the budget by much more than one step.
 * Returns null when cancelled.
 */
export async function runSliced<T>(
  steps: Generator<unknown, T>,
  stats: SliceStats,
  budgetMs = 8,
  isCancelled: () => boolean = () => false,
): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    stats.steps++;
    const now = performance.now();
    if (r.done) {
      stats.longestSlice = Math.max(stats.longestSlice, now - sliceStart);
      return r.value;
    }
    if (now - sliceStart > budgetMs) {
      stats.longestSlice = Math.max(stats.longestSlice, now - sliceStart);
      await yieldToMain();
      if (isCancelled()) return null;
      sliceStart = performance.now();
    }
  }
}
