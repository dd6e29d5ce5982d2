/**
 * A Vitest reporter that ends the run with one plain line, `tests: N passed, N failed, N skipped`, which CI
 * logs and other tools can read without knowing Vitest's own format. A suite whose beforeAll/afterAll hook fails
 * counts as failed: each of its tests that did not pass is counted failed (Vitest itself reports them skipped),
 * and a suite whose tests all passed before its afterAll failed counts one failure; the line then adds
 * `(N in suites that failed in a hook)`.
 */
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/** Given a test, returns true when a suite (or the file) around it failed outside any test. */
function isInFailedSuite(test: TestCase): boolean {
  for (let parent: TestSuite | TestModule = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
  }
}

export class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, inHooks: 0 };
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else if (isInFailedSuite(test)) {
          counts.failed++;
          counts.inHooks++;
        } else counts.skipped++;
      }
      for (const suite of [module, ...module.children.allSuites()]) {
        if (suite.errors().length === 0) continue;
        const own = suite.type === 'module' ? tests : [...suite.children.allTests()];
        // A failed hook after all tests passed (afterAll), or a file that failed before collecting any test.
        if (own.every((t) => t.result().state === 'passed')) {
          counts.failed++;
          counts.inHooks++;
        }
      }
    }
    const hooks = counts.inHooks > 0 ? ` (${counts.inHooks} in suites that failed in a hook)` : '';
    process.stdout.write(
      `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${hooks}\n`,
    );
  }
}
