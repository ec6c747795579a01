/**
 * Work cut into steps: a generator that yields between slices of work and returns its result.
 * The content script runs such generators a few milliseconds at a time (entrypoints/content/
 * schedule.ts); everything else runs them to the end in one go with `runSteps`.
 */

/**
 * Runs a step generator to completion and returns its result.
 * @example runSteps((function* () { yield; return 2; })()) → 2
 */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
