// Human output: layout, levels, summary, color only when asked.
import { describe, expect, it } from "vitest";
import { stylish } from "../../src/format/stylish.js";
import { summarize } from "../../src/engine/result.js";
import { finding } from "./finding.js";

describe("stylish formatter", () => {
  it("prints nothing when every file is clean", () => {
    expect(stylish([summarize("/p/Dockerfile", [])], { cwd: "/p", color: false })).toBe("");
  });

  it("aligns columns, counts each level and the fixable ones", () => {
    const results = [
      summarize("/p/Dockerfile", [
        finding({ line: 2, column: 1, level: "error", severity: 2, message: "Bad.", ruleId: "a-rule", fix: { range: [0, 1], text: "" } }),
        finding({ line: 12, column: 10, level: "info", message: "Could be better.", ruleId: "b-rule" }),
      ]),
      summarize("/p/sub/Dockerfile", [finding({ level: "style", message: "Style.", ruleId: "c-rule" }), finding({ ruleId: null, message: "No rule." })]),
    ];
    expect(stylish(results, { cwd: "/p", color: false })).toMatchInlineSnapshot(`
      "Dockerfile
        2:1    error  Bad.  a-rule
        12:10  info   Could be better.  b-rule

      sub/Dockerfile
        1:1  style    Style.  c-rule
        1:1  warning  No rule.  

      ✖ 4 problems (1 error, 1 warning, 1 info, 1 style)
        1 fixable with --fix
      "
    `);
  });

  it("shows control characters and line breaks from the Dockerfile as text", () => {
    const results = [summarize("/p/x\u001b[31m/Dockerfile", [finding({ message: "Quoted `a\r\nb\u001b[2J`." })])];
    expect(stylish(results, { cwd: "/p", color: false })).toBe("x\\x1b[31m/Dockerfile\n  1:1  warning  Quoted `a b\\x1b[2J`.  some-rule\n\n⚠ 1 problem (1 warning)\n");
  });

  it("colors only when asked", () => {
    const results = [summarize("/p/Dockerfile", [finding({})])];
    // the file underlined, position and rule dim, the level in its color, the mark in the worst level's
    expect(stylish(results, { cwd: "/p", color: true })).toBe(
      "\u001b[4mDockerfile\u001b[24m\n  \u001b[2m1:1\u001b[22m  \u001b[33mwarning\u001b[39m  Something.  \u001b[2msome-rule\u001b[22m\n\n\u001b[33m⚠\u001b[39m 1 problem (1 warning)\n",
    );
    expect(stylish(results, { cwd: "/p", color: false })).not.toContain("\u001b[");
  });
});
