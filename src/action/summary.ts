// The job summary for `$GITHUB_STEP_SUMMARY`: what went wrong when the run failed for another
// reason than findings, and a markdown table of the findings. GitHub caps a summary at 1 MiB, so
// the table stops at a few hundred rows and says how many it left out.
import type { FileResult } from "../engine/result.js";
import { portablePath } from "../format/report-path.js";
import { failureOf, failureReasons, type Outcome } from "./outcome.js";

const MAX_ROWS = 500;

/** Text safe inside a markdown table cell. */
const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
/** Text shown as written in a markdown line: no emphasis, links, HTML or line breaks of its own. */
const plain = (text: string) => text.replace(/[\\`*_[\]<>|]/g, "\\$&").replace(/[\r\n]+/g, " ");

export function jobSummary(outcome: Outcome, cwd: string): string {
  const lines = ["### docklint"];
  const failure = failureOf(outcome.exitCode);
  if (failure) lines.push(`Failed with ${failure}:`, ...failureReasons(outcome).map((reason) => `- ${plain(reason)}`));
  if (outcome.results) lines.push(...(failure ? [""] : []), ...findingLines(outcome.results, cwd));
  return lines.join("\n") + "\n";
}

function findingLines(results: FileResult[], cwd: string): string[] {
  const rows = results.flatMap((r) => {
    const file = portablePath(r.filePath, cwd);
    return r.messages.map((m) => `| ${cell(file)}:${m.line}:${m.column} | ${m.level} | ${m.ruleId ? `\`${m.ruleId}\`` : ""} | ${cell(m.message)} |`);
  });
  const files = results.length === 1 ? "1 file" : `${results.length} files`;
  if (!rows.length) return [`No problems in ${files}.`];
  const lines = [`${rows.length} ${rows.length === 1 ? "problem" : "problems"} in ${files}.`, "", "| Location | Level | Rule | Message |", "|---|---|---|---|", ...rows.slice(0, MAX_ROWS)];
  if (rows.length > MAX_ROWS) lines.push("", `…and ${rows.length - MAX_ROWS} more (see the annotations or the SARIF report).`);
  return lines;
}
