// Says why tests were skipped (the default reporter only counts them): one line per reason, e.g.
// the corpus-backed tests in a clone without ../shared/corpus.
import type { Reporter, TestModule } from "vitest/node";

export default class SkipReasonsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, number>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "skipped" && result.note) counts.set(result.note, (counts.get(result.note) ?? 0) + 1);
      }
    }
    for (const [note, count] of counts) process.stdout.write(`skipped ${count} test${count === 1 ? "" : "s"}: ${note}\n`);
  }
}
