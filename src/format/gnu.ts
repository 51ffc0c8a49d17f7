// The GNU Coding Standards' error-message format ("Formatting Error Messages"), read by Emacs'
// compilation mode, Vim's quickfix list and most editors: `file:line.column-endColumn: severity:
// message [rule]`, one line per finding, the range in the standard's shortest form (the end column
// is the last character's, as Bison prints it). Columns count UTF-16 code units, a tab as one, as
// the other formats do; the standard's screen columns would need the file's text.
import type { Finding } from "../engine/result.js";
import type { Formatter } from "./formatter.js";
import { lastCharacter } from "./last-character.js";
import { reportPath } from "./report-path.js";
import { terminalText } from "./terminal-text.js";

// The words compilers print and editors grade by: Emacs reads "warning" as a warning, "info" and
// "note" as information, anything else as an error, so style (the mildest level) is a note.
const severity: Record<Finding["level"], string> = { error: "error", warning: "warning", info: "info", style: "note" };

/** `line.column`, `line.column-column` or `line.column-line.column`, whichever says it in the fewest numbers. */
function range(m: Finding): string {
  const start = `${m.line}.${m.column}`;
  const end = lastCharacter(m);
  if (end.line !== m.line) return `${start}-${end.line}.${end.column}`;
  return end.column === m.column ? start : `${start}-${end.column}`;
}

export const gnu: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  for (const result of results) {
    const file = terminalText(reportPath(result.filePath, cwd));
    for (const m of result.messages) {
      out.push(`${file}:${range(m)}: ${severity[m.level]}: ${terminalText(m.message)}${m.ruleId ? ` [${m.ruleId}]` : ""}`);
    }
  }
  return out.map((line) => line + "\n").join("");
};
