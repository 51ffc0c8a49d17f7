// Findings for formatter tests: a warning at 1:1 unless the test says otherwise, and a fixed set of results.
import path from "node:path";
import { type FileResult, type Finding, summarize } from "../../src/engine/result.js";

export const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "some-rule",
  level: "warning",
  severity: 1,
  message: "Something.",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...over,
});

/**
 * One fixed set of results for the exact-output tests of the formats: every level, a finding of
 * no rule, a multi-line and an empty range, text to escape, a clean file, a file outside `root`.
 * The files are under `root`/services, the working directory the tests use.
 */
export function sampleResults(root: string): FileResult[] {
  return [
    summarize(path.join(root, "services", "api", "Dockerfile"), [
      finding({ ruleId: "no-maintainer", level: "error", severity: 2, message: "MAINTAINER is deprecated.", line: 2, endLine: 2, endColumn: 15, docsUrl: "https://docs.test/no-maintainer" }),
      finding({ ruleId: "pin-apt", message: 'Pin "curl" with \\ and\ttab.', line: 3, column: 5, endLine: 4, endColumn: 9 }),
      finding({ ruleId: "prefer-copy", level: "info", message: "Use COPY.\r\nNot ADD.", line: 4, column: 1, endLine: 4, endColumn: 4 }),
      finding({ ruleId: "instruction-case", level: "style", message: "Write <run> in \u001b[1mupper\u001b[0m case.", line: 5, column: 3, endLine: 5, endColumn: 3 }),
      finding({ ruleId: null, message: "Unknown rule 'nope' in pragma.", line: 1 }),
    ]),
    summarize(path.join(root, "services", "clean", "Dockerfile"), []),
    summarize(path.resolve("/elsewhere/Dockerfile"), [finding({ ruleId: "pin-apt", line: 7, column: 10, endLine: 7, endColumn: 11 })]),
  ];
}
