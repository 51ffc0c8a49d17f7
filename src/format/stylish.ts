// Human output: findings grouped by file, `line:col level message rule-id`, then a summary.
// Prints nothing when there is nothing to say.
import type { Finding } from "../engine/result.js";
import { styles } from "./ansi.js";
import type { Formatter } from "./formatter.js";
import { reportPath } from "./report-path.js";
import { terminalText } from "./terminal-text.js";

export const stylish: Formatter = (results, { cwd, color }) => {
  const c = styles(color);
  const paint: Record<Finding["level"], (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, style: c.dim };
  const counts = { error: 0, warning: 0, info: 0, style: 0 };
  let fixable = 0;
  const out: string[] = [];
  for (const result of results) {
    if (!result.messages.length) continue;
    out.push(c.underline(terminalText(reportPath(result.filePath, cwd))));
    const rows = result.messages.map((m) => {
      counts[m.level]++;
      if (m.fix) fixable++;
      return [`${m.line}:${m.column}`, m.level, terminalText(m.message), m.ruleId ?? ""];
    });
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const [pos, level, message, rule] of rows) {
      out.push(`  ${c.dim(pos.padEnd(widths[0]))}  ${paint[level as Finding["level"]](level.padEnd(widths[1]))}  ${message}  ${c.dim(rule)}`);
    }
    out.push("");
  }
  const total = counts.error + counts.warning + counts.info + counts.style;
  if (!total) return "";
  const parts = (Object.keys(counts) as Finding["level"][])
    .filter((l) => counts[l])
    .map((l) => `${counts[l]} ${l === "error" || l === "warning" ? l + (counts[l] === 1 ? "" : "s") : l}`);
  const mark = counts.error ? c.red("✖") : c.yellow("⚠");
  out.push(`${mark} ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")})`);
  if (fixable) out.push(c.dim(`  ${fixable} fixable with --fix`));
  return out.join("\n") + "\n";
};
