// One line per finding, `file:line:col: level message [rule-id]`: what editor problem matchers
// and reviewdog's errorformat read. Clean files print nothing; there is no summary line.
import type { Formatter } from "./formatter.js";
import { reportPath } from "./report-path.js";
import { terminalText } from "./terminal-text.js";

export const compact: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  for (const result of results) {
    const file = terminalText(reportPath(result.filePath, cwd));
    for (const m of result.messages) {
      out.push(`${file}:${m.line}:${m.column}: ${m.level} ${terminalText(m.message)}${m.ruleId ? ` [${m.ruleId}]` : ""}`);
    }
  }
  return out.map((line) => line + "\n").join("");
};
