/** Cooperative scheduling: long work gives the main thread back every few milliseconds. */

/** Resolves after the browser had a chance to handle input and paint. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator to completion, yielding to the main thread whenever a slice has taken
 * longer than `budgetMs`, so no task exceeds the budget by much.
 */
export async function runSliced<T>(steps: Generator<unknown, T>, budgetMs = 8, isCancelled: () => boolean = () => false): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (isCancelled()) return null;
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
