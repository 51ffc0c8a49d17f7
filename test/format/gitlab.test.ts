// The GitLab Code Quality report: exact fields, severity mapping, and fingerprints that are
// unique, stable across runs and independent of line numbers.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Finding, summarize } from "../../src/engine/result.js";
import { gitlab } from "../../src/format/gitlab.js";

const cwd = path.resolve("/repo");
const context = { cwd, color: false };

function finding(overrides: Partial<Finding>): Finding {
  const level = overrides.level ?? "warning";
  return { ruleId: "some-rule", level, severity: level === "error" ? 2 : 1, message: "Something.", line: 1, column: 1, endLine: overrides.line ?? 1, endColumn: 2, ...overrides };
}

const findings: Finding[] = [
  finding({ ruleId: "no-maintainer", level: "error", message: "MAINTAINER is deprecated.", line: 2 }),
  finding({ ruleId: "pin-apt", level: "warning", message: 'Pin "curl" with \\ and\ttab', line: 3 }),
  finding({ ruleId: "prefer-copy", level: "info", message: "Use COPY.\r\nNot ADD.", line: 4 }),
  finding({ ruleId: "instruction-case", level: "style", message: "Write <run> in upper case & so on.", line: 5 }),
  finding({ ruleId: null, level: "error", message: "Unknown rule 'nope' in pragma.", line: 1 }),
];

const parse = (results: Parameters<typeof gitlab>[0]) => JSON.parse(gitlab(results, context));

describe("gitlab formatter", () => {
  it("prints an empty array for clean files", () => {
    expect(gitlab([summarize("Dockerfile", [])], context)).toBe("[]\n");
    expect(gitlab([], context)).toBe("[]\n");
  });

  it("emits GitLab's fields, with paths relative to cwd in forward slashes", () => {
    const output = parse([summarize(path.join(cwd, "services", "api", "Dockerfile"), findings), summarize("build\\Dockerfile.win", [findings[0]])]);
    const fingerprint = expect.stringMatching(/^[0-9a-f]{64}$/);
    expect(output).toEqual([
      { description: "MAINTAINER is deprecated.", check_name: "no-maintainer", fingerprint, severity: "major", location: { path: "services/api/Dockerfile", lines: { begin: 2 } } },
      { description: 'Pin "curl" with \\ and\ttab', check_name: "pin-apt", fingerprint, severity: "minor", location: { path: "services/api/Dockerfile", lines: { begin: 3 } } },
      { description: "Use COPY.\r\nNot ADD.", check_name: "prefer-copy", fingerprint, severity: "info", location: { path: "services/api/Dockerfile", lines: { begin: 4 } } },
      { description: "Write <run> in upper case & so on.", check_name: "instruction-case", fingerprint, severity: "info", location: { path: "services/api/Dockerfile", lines: { begin: 5 } } },
      { description: "Unknown rule 'nope' in pragma.", check_name: "docklint", fingerprint, severity: "major", location: { path: "services/api/Dockerfile", lines: { begin: 1 } } },
      { description: "MAINTAINER is deprecated.", check_name: "no-maintainer", fingerprint, severity: "major", location: { path: "build/Dockerfile.win", lines: { begin: 2 } } },
    ]);
  });

  it("escapes quotes, backslashes and control characters as JSON", () => {
    const text = gitlab([summarize("Dockerfile", [findings[1], findings[2]])], context);
    expect(text).toContain(String.raw`"description":"Pin \"curl\" with \\ and\ttab"`);
    expect(text).toContain(String.raw`"description":"Use COPY.\r\nNot ADD."`);
    expect(text.trimEnd()).not.toMatch(/[\r\n\t]/);
  });

  it("gives every finding a unique fingerprint, even identical ones", () => {
    const twice = [finding({ line: 3 }), finding({ line: 9 })];
    const output = parse([summarize("Dockerfile", [...findings, ...twice]), summarize("other/Dockerfile", findings)]);
    const prints = output.map((issue: { fingerprint: string }) => issue.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it("keeps fingerprints stable across runs and line moves, and changes them with the message", () => {
    const first = parse([summarize("Dockerfile", findings)]);
    const again = parse([summarize("Dockerfile", findings)]);
    expect(again).toEqual(first);
    const moved = parse([summarize("Dockerfile", findings.map((f) => ({ ...f, line: f.line + 10, endLine: f.endLine + 10 })))]);
    expect(moved.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(first.map((i: { fingerprint: string }) => i.fingerprint));
    const reworded = parse([summarize("Dockerfile", [{ ...findings[0], message: "MAINTAINER is obsolete." }])]);
    expect(reworded[0].fingerprint).not.toBe(first[0].fingerprint);
    const elsewhere = parse([summarize("sub/Dockerfile", [findings[0]])]);
    expect(elsewhere[0].fingerprint).not.toBe(first[0].fingerprint);
  });

  it("fingerprints are SHA-256 of path, rule, message and occurrence index", () => {
    const output = parse([summarize("Dockerfile", [finding({}), finding({ line: 7 })])]);
    expect(output.map((i: { fingerprint: string }) => i.fingerprint)).toMatchInlineSnapshot(`
      [
        "65f52813bf0ab5716a7a75a2303e21acc148cae75fc1857becb38f0dbd994524",
        "36aa0896b733497d2358df25caa5825e6c4c9dc9d460ba85b95cd21c1f86a8b0",
      ]
    `);
  });
});
