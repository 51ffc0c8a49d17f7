// One line per finding in the `file:line:col: level message [rule-id]` shape matchers read.
import { describe, expect, it } from "vitest";
import { compact } from "../../src/format/compact.js";
import { summarize } from "../../src/engine/result.js";
import { finding } from "./finding.js";

describe("compact formatter", () => {
  it("prints nothing when every file is clean", () => {
    expect(compact([summarize("/p/Dockerfile", []), summarize("/p/sub/Dockerfile", [])], { cwd: "/p", color: false })).toBe("");
  });

  it("prints one line per finding, every level, paths relative to cwd", () => {
    const results = [
      summarize("/p/Dockerfile", [
        finding({ line: 2, column: 1, level: "error", severity: 2, message: "Bad.", ruleId: "a-rule" }),
        finding({ line: 3, column: 7, level: "warning", message: "Pin 'alpine:latest' <now>.", ruleId: "b-rule" }),
      ]),
      summarize("/p/clean/Dockerfile", []),
      summarize("sub\\Dockerfile.dev", [
        finding({ line: 12, column: 10, level: "info", message: "Could be better.", ruleId: "c-rule" }),
        finding({ level: "style", message: "Style: a, b.", ruleId: "d-rule" }),
        finding({ ruleId: null, message: "Unknown rule 'nope' in pragma." }),
      ]),
      summarize("<stdin>", [finding({ message: "First line\r\nsecond line\nthird." })]),
    ];
    expect(compact(results, { cwd: "/p", color: true })).toBe(
      [
        "Dockerfile:2:1: error Bad. [a-rule]",
        "Dockerfile:3:7: warning Pin 'alpine:latest' <now>. [b-rule]",
        "sub\\Dockerfile.dev:12:10: info Could be better. [c-rule]",
        "sub\\Dockerfile.dev:1:1: style Style: a, b. [d-rule]",
        "sub\\Dockerfile.dev:1:1: warning Unknown rule 'nope' in pragma.",
        "<stdin>:1:1: warning First line second line third. [some-rule]",
        "",
      ].join("\n"),
    );
  });

  it("shows control characters from the Dockerfile instead of sending them to the terminal", () => {
    const results = [summarize("/p/evil\u001b]0;x\u0007\nname", [finding({ message: "Bad `\u001b[2Jrm\u009b` here.\tTab kept." })])];
    expect(compact(results, { cwd: "/p", color: false })).toBe("evil\\x1b]0;x\\x07 name:1:1: warning Bad `\\x1b[2Jrm\\x9b` here.\tTab kept. [some-rule]\n");
  });

  it("names a file outside cwd by its absolute path, not ../", () => {
    expect(compact([summarize("/q/Dockerfile", [finding({})])], { cwd: "/p", color: false })).toBe("/q/Dockerfile:1:1: warning Something. [some-rule]\n");
  });
});
