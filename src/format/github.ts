// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
// GitHub shows only 10 annotations of a kind per step, so a plain summary line follows them.
import type { Finding } from "../engine/result.js";
import type { Formatter } from "./formatter.js";
import { portablePath } from "./report-path.js";
import { workflowCommand } from "./workflow-command.js";

const command: Record<Finding["level"], string> = { error: "error", warning: "warning", info: "notice", style: "notice" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const github: Formatter = (results, { cwd }) => {
  const counts = { error: 0, warning: 0, info: 0, style: 0 };
  let filesWithProblems = 0;
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length) filesWithProblems++;
    const file = portablePath(result.filePath, cwd);
    for (const m of result.messages) {
      counts[m.level]++;
      const properties: [string, string | number][] = [
        ["file", file],
        ["line", m.line],
        ["endLine", m.endLine],
        ["col", m.column],
      ];
      // GitHub only honours a column range on a single line; its endColumn is exclusive, as ours is.
      if (m.endLine === m.line) properties.push(["endColumn", m.endColumn]);
      if (m.ruleId) properties.push(["title", m.ruleId]);
      out.push(workflowCommand(command[m.level], properties, m.message));
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.style;
  const files = total ? filesWithProblems : results.length;
  if (!total) {
    out.push(`docklint: no problems in ${plural(files, "file")}`);
  } else {
    const parts = [
      counts.error && plural(counts.error, "error"),
      counts.warning && plural(counts.warning, "warning"),
      counts.info && `${counts.info} info`,
      counts.style && `${counts.style} style`,
    ].filter(Boolean);
    out.push(`docklint: ${plural(total, "problem")} (${parts.join(", ")}) in ${plural(files, "file")}`);
  }
  return out.join("\n") + "\n";
};
