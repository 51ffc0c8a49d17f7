// GitHub Actions workflow commands: level mapping, GitHub's escaping, and the summary line.
import { describe, expect, it } from "vitest";
import { github } from "../../src/format/github.js";
import { summarize } from "../../src/engine/result.js";
import { finding } from "./finding.js";

describe("github formatter", () => {
  it("prints only the summary when every file is clean", () => {
    expect(github([summarize("/p/Dockerfile", [])], { cwd: "/p", color: false })).toBe("docklint: no problems in 1 file\n");
    expect(github([summarize("/p/Dockerfile", []), summarize("/p/b/Dockerfile", [])], { cwd: "/p", color: false })).toBe("docklint: no problems in 2 files\n");
  });

  it("annotates every level, escapes data and properties, then sums up", () => {
    const results = [
      summarize("/p/Dockerfile", [
        finding({ line: 2, column: 1, endLine: 2, endColumn: 15, level: "error", severity: 2, message: "Bad: 100% wrong, really.", ruleId: "a-rule" }),
        finding({ line: 3, column: 5, endLine: 5, endColumn: 3, message: "Spans\r\nlines\n.", ruleId: "b-rule" }),
      ]),
      summarize("/p/clean/Dockerfile", []),
      summarize("sub\\odd,name:x%.Dockerfile", [
        finding({ line: 12, column: 10, endLine: 12, endColumn: 11, level: "info", message: "Could be better.", ruleId: "c-rule" }),
        finding({ level: "style", message: "Style.", ruleId: "d-rule" }),
        finding({ ruleId: null, message: "Unknown rule 'nope' in pragma." }),
      ]),
    ];
    expect(github(results, { cwd: "/p", color: false })).toBe(
      [
        "::error file=Dockerfile,line=2,endLine=2,col=1,endColumn=15,title=a-rule::Bad: 100%25 wrong, really.",
        "::warning file=Dockerfile,line=3,endLine=5,col=5,title=b-rule::Spans%0D%0Alines%0A.",
        "::notice file=sub/odd%2Cname%3Ax%25.Dockerfile,line=12,endLine=12,col=10,endColumn=11,title=c-rule::Could be better.",
        "::notice file=sub/odd%2Cname%3Ax%25.Dockerfile,line=1,endLine=1,col=1,endColumn=2,title=d-rule::Style.",
        "::warning file=sub/odd%2Cname%3Ax%25.Dockerfile,line=1,endLine=1,col=1,endColumn=2::Unknown rule 'nope' in pragma.",
        "docklint: 5 problems (1 error, 2 warnings, 1 info, 1 style) in 2 files",
        "",
      ].join("\n"),
    );
  });

  it("counts in the singular", () => {
    expect(github([summarize("/p/Dockerfile", [finding({ level: "error", severity: 2 })])], { cwd: "/p", color: false })).toBe(
      "::error file=Dockerfile,line=1,endLine=1,col=1,endColumn=2,title=some-rule::Something.\ndocklint: 1 problem (1 error) in 1 file\n",
    );
  });
});
