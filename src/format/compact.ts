// One line per finding, `file:line:col: level message [rule-id]`: what editor problem matchers
// and reviewdog's errorformat read. Clean files print nothing; there is no summary line.
import type { Formatter } from "./formatter.js";
import { reportPath } from "./report-path.js";

export const compact: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  for (const result of results) {
    const file = reportPath(result.filePath, cwd);
    for (const m of result.messages) {
      // A line break inside a message would start a line the matcher misreads as a finding.
      const message = m.message.replace(/\r\n|[\r\n]/g, " ");
      out.push(`${file}:${m.line}:${m.column}: ${m.level} ${message}${m.ruleId ? ` [${m.ruleId}]` : ""}`);
    }
  }
  return out.map((line) => line + "\n").join("");
};
