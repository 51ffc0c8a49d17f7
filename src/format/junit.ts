// JUnit XML, for CI test-report views: a test suite per file, a test case per rule that has
// findings in it, and one passing test case for a clean file so it still counts as checked. A
// rule's test case fails when one of its findings reaches the run's failure threshold, as the
// exit code does; below it, the case is reported as skipped.
//
// Why skipped, and not a passing case with the findings in <system-out>: GitLab's test report
// shows the text of <failure>, <error> and <skipped> only, so findings in a passing case's
// <system-out> would be invisible there; GitLab and Jenkins both count skipped cases apart from
// failures (the job and the build stay green) and show the skipped element's message and text.
import { DEFAULT_THRESHOLD, levelRank, reachesThreshold } from "../engine/levels.js";
import type { Finding } from "../engine/result.js";
import { escapeXml } from "./xml.js";
import type { Formatter } from "./formatter.js";
import { reportPath } from "./report-path.js";

export const junit: Formatter = (results, { cwd, failureThreshold = DEFAULT_THRESHOLD }) => {
  const suites: string[] = [];
  const total = { tests: 0, failures: 0, skipped: 0 };
  for (const result of results) {
    const file = reportPath(result.filePath, cwd);
    const byRule = new Map<string, Finding[]>();
    for (const m of result.messages) {
      const rule = m.ruleId ?? "docklint";
      byRule.set(rule, [...(byRule.get(rule) ?? []), m]);
    }
    const cases: string[] = [];
    const counts = { tests: Math.max(byRule.size, 1), failures: 0, skipped: 0 };
    if (!byRule.size) cases.push(`    <testcase name="docklint" classname="${escapeXml(file)}"/>`);
    for (const [rule, findings] of byRule) {
      // One element per test case, listing every finding of the rule, typed by the most severe.
      const level = findings.reduce((worst, m) => (levelRank(m.level) > levelRank(worst) ? m.level : worst), findings[0].level);
      const fails = reachesThreshold(level, failureThreshold);
      const message = findings.length === 1 ? findings[0].message : `${findings.length} problems`;
      const lines = findings.map((m) => escapeXml(`${file}:${m.line}:${m.column}: ${m.level} ${m.message}`)).join("\n");
      const element = fails
        ? `<failure message="${escapeXml(message)}" type="${level}">${lines}</failure>`
        : `<skipped message="${escapeXml(`below the failure threshold (${failureThreshold}): ${message}`)}">${lines}</skipped>`;
      counts[fails ? "failures" : "skipped"]++;
      cases.push(`    <testcase name="${escapeXml(rule)}" classname="${escapeXml(file)}">`, `      ${element}`, "    </testcase>");
    }
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
    suites.push(`  <testsuite name="${escapeXml(file)}" ${attributes(counts)}>`, ...cases, "  </testsuite>");
  }
  return ['<?xml version="1.0" encoding="utf-8"?>', `<testsuites name="docklint" ${attributes(total)}>`, ...suites, "</testsuites>"].join("\n") + "\n";
};

const attributes = ({ tests, failures, skipped }: { tests: number; failures: number; skipped: number }) =>
  `tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}"`;
