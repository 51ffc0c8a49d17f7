// SARIF 2.1.0 for GitHub code scanning: exact output, the spec's required structure, rule
// metadata from the context, fixes and stable fingerprints.
import path from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { type FileResult, type Finding, summarize } from "../../src/engine/result.js";
import type { FormatContext } from "../../src/format/formatter.js";
import { sarif } from "../../src/format/sarif.js";

const cwd = path.resolve("/repo");
const context: FormatContext = { cwd, color: false };

function finding(overrides: Partial<Finding>): Finding {
  const level = overrides.level ?? "warning";
  return { ruleId: "some-rule", level, severity: level === "error" ? 2 : 1, message: "Something.", line: 1, column: 1, endLine: overrides.line ?? 1, endColumn: 2, ...overrides };
}

const maintainer = finding({
  ruleId: "no-maintainer",
  level: "error",
  message: "MAINTAINER is deprecated.",
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 15,
  fix: { range: [18, 32], text: 'LABEL org.opencontainers.image.authors="Ada"' },
  docsUrl: "https://github.com/docklint/docklint/blob/main/docs/rules/no-maintainer.md",
});
const pin = finding({ ruleId: "pin-apt", level: "warning", message: 'Pin "curl" with \\ and\ttab', line: 3, column: 5, endLine: 4, endColumn: 9 });
const copy = finding({ ruleId: "prefer-copy", level: "info", message: "Use COPY.\r\nNot ADD.", line: 4 });
const upper = finding({ ruleId: "instruction-case", level: "style", message: "Write <run> in upper case & so on.", line: 5 });
const unknown = finding({ ruleId: null, level: "error", message: "Unknown rule 'nope' in pragma.", line: 1 });

const run = (results: FileResult[], ctx: FormatContext = context) => JSON.parse(sarif(results, ctx)).runs[0];

/** What SARIF 2.1.0 requires (and GitHub relies on) for a log, independent of our content. */
function expectValidSarif(log: any): void {
  expect(log.version).toBe("2.1.0");
  expect(log.$schema).toMatch(/^https:\/\/.*sarif.*2\.1\.0.*\.json$/);
  expect(Array.isArray(log.runs)).toBe(true);
  for (const r of log.runs) {
    expect(typeof r.tool.driver.name).toBe("string");
    expect(r.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => new URL(r.tool.driver.informationUri)).not.toThrow();
    const ids = r.tool.driver.rules.map((d: { id: string }) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of r.tool.driver.rules) {
      expect(typeof d.id).toBe("string");
      for (const key of ["shortDescription", "fullDescription"]) if (d[key]) expect(typeof d[key].text).toBe("string");
      if (d.help) expect(typeof d.help.text).toBe("string");
      if (d.defaultConfiguration) expect(["none", "note", "warning", "error"]).toContain(d.defaultConfiguration.level);
    }
    for (const res of r.results) {
      expect(typeof res.message.text).toBe("string");
      expect(["none", "note", "warning", "error"]).toContain(res.level);
      expect(r.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      const { artifactLocation, region } = res.locations[0].physicalLocation;
      // A relative reference: no scheme, no backslashes, nothing left unencoded that a URI forbids.
      expect(artifactLocation.uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/);
      expect(artifactLocation.uri).not.toMatch(/^[a-z]+:/i);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
      for (const value of Object.values(res.partialFingerprints)) expect(typeof value).toBe("string");
      for (const fix of res.fixes ?? []) {
        expect(fix.artifactChanges.length).toBeGreaterThan(0);
        for (const change of fix.artifactChanges) {
          expect(typeof change.artifactLocation.uri).toBe("string");
          for (const rep of change.replacements) {
            expect(rep.deletedRegion.charOffset).toBeGreaterThanOrEqual(0);
            expect(rep.deletedRegion.charLength).toBeGreaterThanOrEqual(0);
            expect(typeof rep.insertedContent.text).toBe("string");
          }
        }
      }
    }
  }
}

describe("sarif formatter", () => {
  it("a clean run has a driver, no rules and no results", () => {
    const log = JSON.parse(sarif([summarize("Dockerfile", [])], context));
    expectValidSarif(log);
    expect(log).toEqual({
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "docklint", version: pkg.version, informationUri: "https://github.com/docklint/docklint", rules: [] } },
          columnKind: "utf16CodeUnits",
          results: [],
        },
      ],
    });
  });

  it("maps every level, the rule-less finding, regions and fixes exactly", () => {
    const log = JSON.parse(sarif([summarize(path.join(cwd, "services", "api", "Dockerfile"), [maintainer, pin, copy, upper, unknown])], context));
    expectValidSarif(log);
    const fingerprint = { "docklint/v1": expect.stringMatching(/^[0-9a-f]{64}$/) };
    const at = (startLine: number, startColumn: number, endLine: number, endColumn: number) => [
      { physicalLocation: { artifactLocation: { uri: "services/api/Dockerfile" }, region: { startLine, startColumn, endLine, endColumn } } },
    ];
    expect(log.runs[0].tool.driver.rules).toEqual([
      {
        id: "docklint",
        shortDescription: { text: "A problem that belongs to no rule: a file too complex to lint, or a failure of docklint itself." },
        fullDescription: { text: "A problem that belongs to no rule: a file too complex to lint, or a failure of docklint itself." },
        help: { text: "Fix the problem the message names.", markdown: "Fix the problem the message names." },
        helpUri: "https://github.com/docklint/docklint",
      },
      { id: "instruction-case" },
      { id: "no-maintainer", helpUri: "https://github.com/docklint/docklint/blob/main/docs/rules/no-maintainer.md" },
      { id: "pin-apt" },
      { id: "prefer-copy" },
    ]);
    expect(log.runs[0].results).toEqual([
      {
        ruleId: "no-maintainer",
        ruleIndex: 2,
        level: "error",
        message: { text: "MAINTAINER is deprecated." },
        locations: at(2, 1, 2, 15),
        partialFingerprints: fingerprint,
        fixes: [
          {
            artifactChanges: [
              {
                artifactLocation: { uri: "services/api/Dockerfile" },
                replacements: [{ deletedRegion: { charOffset: 18, charLength: 14 }, insertedContent: { text: 'LABEL org.opencontainers.image.authors="Ada"' } }],
              },
            ],
          },
        ],
      },
      { ruleId: "pin-apt", ruleIndex: 3, level: "warning", message: { text: 'Pin "curl" with \\ and\ttab' }, locations: at(3, 5, 4, 9), partialFingerprints: fingerprint },
      { ruleId: "prefer-copy", ruleIndex: 4, level: "note", message: { text: "Use COPY.\r\nNot ADD." }, locations: at(4, 1, 4, 2), partialFingerprints: fingerprint },
      { ruleId: "instruction-case", ruleIndex: 1, level: "note", message: { text: "Write <run> in upper case & so on." }, locations: at(5, 1, 5, 2), partialFingerprints: fingerprint },
      { ruleId: "docklint", ruleIndex: 0, level: "error", message: { text: "Unknown rule 'nope' in pragma." }, locations: at(1, 1, 1, 2), partialFingerprints: fingerprint },
    ]);
  });

  it("escapes message text as JSON and paths as URI references", () => {
    const text = sarif([summarize("build\\my dir\\Dockerfile#1", [pin, copy]), summarize("<stdin>", [upper])], context);
    expect(text).toContain(String.raw`"text":"Pin \"curl\" with \\ and\ttab"`);
    expect(text).toContain(String.raw`"text":"Use COPY.\r\nNot ADD."`);
    expect(text.trimEnd()).not.toMatch(/[\r\n\t]/);
    const log = JSON.parse(text);
    expectValidSarif(log);
    expect(log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      "build/my%20dir/Dockerfile%231",
      "build/my%20dir/Dockerfile%231",
      "%3Cstdin%3E",
    ]);
  });

  it("describes rules from context.rules when given", () => {
    const rules: FormatContext["rules"] = {
      "no-maintainer": {
        description: "Disallow MAINTAINER.",
        helpUri: "https://docklint.dev/rules/no-maintainer",
        level: "error",
        tags: ["deprecated", "maintainability"],
        help: { text: "Use a LABEL.", markdown: "Use a `LABEL`." },
      },
      "prefer-copy": { description: "Prefer COPY to ADD.", level: "style" },
      "unused-rule": { description: "Never reported." },
    };
    const log = JSON.parse(sarif([summarize("Dockerfile", [maintainer, copy])], { ...context, rules }));
    expectValidSarif(log);
    expect(log.runs[0].tool.driver.rules).toEqual([
      {
        id: "no-maintainer",
        shortDescription: { text: "Disallow MAINTAINER." },
        fullDescription: { text: "Disallow MAINTAINER." },
        help: { text: "Use a LABEL.", markdown: "Use a `LABEL`." },
        helpUri: "https://docklint.dev/rules/no-maintainer",
        defaultConfiguration: { level: "error" },
        properties: { tags: ["deprecated", "maintainability"] },
      },
      { id: "prefer-copy", shortDescription: { text: "Prefer COPY to ADD." }, fullDescription: { text: "Prefer COPY to ADD." }, defaultConfiguration: { level: "note" } },
    ]);
    expect(log.runs[0].results.map((r: any) => r.ruleIndex)).toEqual([0, 1]);
  });

  it("fingerprints are unique, stable across runs and line moves, and follow the message", () => {
    const prints = (results: FileResult[]) => run(results).results.map((r: any) => r.partialFingerprints["docklint/v1"]);
    const all = [maintainer, pin, copy, upper, unknown, finding({ line: 8 }), finding({ line: 9 })];
    const first = prints([summarize("Dockerfile", all)]);
    expect(new Set(first).size).toBe(first.length);
    expect(prints([summarize("Dockerfile", all)])).toEqual(first);
    expect(prints([summarize("Dockerfile", all.map((f) => ({ ...f, line: f.line + 3, endLine: f.endLine + 3 })))])).toEqual(first);
    expect(prints([summarize("Dockerfile", [{ ...maintainer, message: "MAINTAINER is obsolete." }])])[0]).not.toBe(first[0]);
  });
});
