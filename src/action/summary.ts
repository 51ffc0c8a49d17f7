// The job summary: a markdown table of findings for `$GITHUB_STEP_SUMMARY`. GitHub caps a
// summary at 1 MiB, so the table stops at a few hundred rows and says how many it left out.
import type { FileResult } from "../engine/result.js";
import { portablePath } from "../format/report-path.js";

const MAX_ROWS = 500;

/** Text safe inside a markdown table cell. */
const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function jobSummary(results: FileResult[], cwd: string): string {
  const rows = results.flatMap((r) => {
    const file = portablePath(r.filePath, cwd);
    return r.messages.map((m) => `| ${cell(file)}:${m.line}:${m.column} | ${m.level} | ${m.ruleId ? `\`${m.ruleId}\`` : ""} | ${cell(m.message)} |`);
  });
  const files = results.length === 1 ? "1 file" : `${results.length} files`;
  if (!rows.length) return `### docklint\nNo problems in ${files}.\n`;
  const lines = [`### docklint`, `${rows.length} ${rows.length === 1 ? "problem" : "problems"} in ${files}.`, "", "| Location | Level | Rule | Message |", "|---|---|---|---|", ...rows.slice(0, MAX_ROWS)];
  if (rows.length > MAX_ROWS) lines.push("", `…and ${rows.length - MAX_ROWS} more (see the annotations or the SARIF report).`);
  return lines.join("\n") + "\n";
}
