// JUnit XML, for CI test-report views: a test suite per file, a failing test case per rule that
// has findings in it, and one passing test case for a clean file so it still counts as checked.
import type { Finding } from "../engine/result.js";
import { escapeXml } from "./xml.js";
import type { Formatter } from "./formatter.js";
import { reportPath } from "./report-path.js";

const rank: Record<Finding["level"], number> = { error: 3, warning: 2, info: 1, style: 0 };

export const junit: Formatter = (results, { cwd }) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = reportPath(result.filePath, cwd);
    const byRule = new Map<string, Finding[]>();
    for (const m of result.messages) {
      const rule = m.ruleId ?? "docklint";
      byRule.set(rule, [...(byRule.get(rule) ?? []), m]);
    }
    const cases: string[] = [];
    if (!byRule.size) cases.push(`    <testcase name="docklint" classname="${escapeXml(file)}"/>`);
    for (const [rule, findings] of byRule) {
      // One failure per test case: typed by its most severe finding, listing every finding.
      const level = findings.reduce((worst, m) => (rank[m.level] > rank[worst] ? m.level : worst), findings[0].level);
      const message = findings.length === 1 ? findings[0].message : `${findings.length} problems`;
      const lines = findings.map((m) => escapeXml(`${file}:${m.line}:${m.column}: ${m.level} ${m.message}`));
      cases.push(
        `    <testcase name="${escapeXml(rule)}" classname="${escapeXml(file)}">`,
        `      <failure message="${escapeXml(message)}" type="${level}">${lines.join("\n")}</failure>`,
        "    </testcase>",
      );
    }
    const suiteTests = Math.max(byRule.size, 1);
    tests += suiteTests;
    failures += byRule.size;
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${suiteTests}" failures="${byRule.size}" errors="0">`, ...cases, "  </testsuite>");
  }
  return ['<?xml version="1.0" encoding="utf-8"?>', `<testsuites name="docklint" tests="${tests}" failures="${failures}" errors="0">`, ...suites, "</testsuites>"].join("\n") + "\n";
};
