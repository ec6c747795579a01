import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one last line, `N passed, N failed`, over every layer. A module that failed to load
 * and an unhandled error each count as a failure; a skipped test counts as a failure too
 * (this project has none on purpose).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        if (test.result().state === 'passed') passed++;
        else failed++;
      }
      if (tests === 0 || mod.errors().length > 0) failed += Math.max(1, mod.errors().length);
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
