import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", that any CI log reader
 * understands, after vitest's own report.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const count = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const mod of testModules) {
      if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) count.failed++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") count.passed++;
        else if (state === "failed") count.failed++;
        else count.skipped++;
      }
    }
    console.log(
      `\nTests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`,
    );
  }
}
