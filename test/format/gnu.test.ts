// GNU error messages: every line has the standard's shape (file:range: severity: message), ranges
// in the shortest form with the last character's column, and nothing from the file reaches the
// terminal as a control character.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/engine/result.js";
import { gnu } from "../../src/format/gnu.js";
import { finding, sampleResults } from "./finding.js";

const root = path.resolve("/repo");
const context = { cwd: path.join(root, "services"), color: false, repositoryRoot: root };

// GNU Coding Standards, "Formatting Error Messages": sourcefile:line.column, :line1.column1-column2
// or :line1.column1-line2.column2, then the message (here a compiler-style severity first, as GCC
// prints, and the rule in brackets).
const GNU_LINE = /^(?<file>[^\n]+?):(?<line>\d+)\.(?<column>\d+)(?:-(?:(?<endLine>\d+)\.)?(?<endColumn>\d+))?: (?<severity>error|warning|info|note): (?<message>.+?)(?: \[(?<rule>[\w-]+)\])?$/;

function expectGnuLines(output: string) {
  expect(output.endsWith("\n") || output === "").toBe(true);
  for (const line of output.split("\n").slice(0, -1)) {
    expect(line).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    const match = GNU_LINE.exec(line);
    expect(match, line).not.toBeNull();
    const { line: l1, column: c1, endLine: l2, endColumn: c2 } = match!.groups!;
    for (const n of [l1, c1, l2, c2]) if (n !== undefined) expect(Number(n)).toBeGreaterThanOrEqual(1);
    // the shortest form: an end line only when it differs, an end column only when it follows
    if (l2 !== undefined) expect(Number(l2)).toBeGreaterThan(Number(l1));
    else if (c2 !== undefined) expect(Number(c2)).toBeGreaterThan(Number(c1));
  }
}

describe("gnu formatter", () => {
  it("prints nothing for clean files", () => {
    expect(gnu([summarize("Dockerfile", [])], context)).toBe("");
  });

  it("prints one line per finding in the standard's shortest range form, paths relative to cwd", () => {
    const output = gnu(sampleResults(root), context);
    expect(output).toBe(
      [
        "api/Dockerfile:2.1-14: error: MAINTAINER is deprecated. [no-maintainer]",
        'api/Dockerfile:3.5-4.8: warning: Pin "curl" with \\ and\ttab. [pin-apt]',
        "api/Dockerfile:4.1-3: info: Use COPY. Not ADD. [prefer-copy]",
        "api/Dockerfile:5.3: note: Write <run> in \\x1b[1mupper\\x1b[0m case. [instruction-case]",
        "api/Dockerfile:1.1: warning: Unknown rule 'nope' in pragma.",
        `${path.resolve("/elsewhere/Dockerfile")}:7.10: warning: Something. [pin-apt]`,
        "",
      ].join("\n"),
    );
    expectGnuLines(output);
  });

  it("a range ending at the start of a line ends at that line's first character", () => {
    expect(gnu([summarize("Dockerfile", [finding({ line: 2, column: 4, endLine: 3, endColumn: 1 })])], context)).toBe(
      "Dockerfile:2.4-3.1: warning: Something. [some-rule]\n",
    );
  });

  it("the shape check rejects what the standard does not allow", () => {
    for (const bad of ["Dockerfile:2: error: x\n", "Dockerfile:2.1-2.5: error: x\n", "Dockerfile:2.5-3: error: x\n", "Dockerfile:2.1: fatal: x\n", "Dockerfile:2.1: error: a\u001bb\n"]) {
      expect(() => expectGnuLines(bad), bad).toThrow();
    }
  });
});
