// SonarQube's generic issue import format (10.3 and later): valid against the documented rule and
// issue fields, passing the checks SonarQube's importer makes (every issue's rule described once,
// no severity or type on issues, no empty range), with 0-based columns.
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/engine/result.js";
import type { FormatContext } from "../../src/format/formatter.js";
import { sonarqube } from "../../src/format/sonarqube.js";
import { finding, sampleResults } from "./finding.js";

const root = path.resolve("/repo");
const context: FormatContext = { cwd: path.join(root, "services"), color: false, repositoryRoot: root };

const textRange = {
  type: "object",
  required: ["startLine"],
  additionalProperties: false,
  properties: {
    startLine: { type: "integer", minimum: 1 },
    endLine: { type: "integer", minimum: 1 },
    startColumn: { type: "integer", minimum: 0 },
    endColumn: { type: "integer", minimum: 0 },
  },
};
const location = {
  type: "object",
  required: ["message", "filePath"],
  additionalProperties: false,
  properties: { message: { type: "string", minLength: 1 }, filePath: { type: "string", minLength: 1 }, textRange },
};
// Rules: id, name, engineId, cleanCodeAttribute and impacts (type and severity are the old
// taxonomy, optional); issues: ruleId and primaryLocation, and in this format no severity or type.
const validate = new Ajv({ allErrors: true }).compile({
  type: "object",
  required: ["rules", "issues"],
  additionalProperties: false,
  properties: {
    rules: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "name", "engineId", "cleanCodeAttribute", "impacts"],
        additionalProperties: false,
        properties: {
          id: { type: "string", minLength: 1 },
          name: { type: "string", minLength: 1 },
          description: { type: "string" },
          engineId: { type: "string", minLength: 1 },
          cleanCodeAttribute: {
            enum: ["CONVENTIONAL", "FORMATTED", "IDENTIFIABLE", "CLEAR", "COMPLETE", "EFFICIENT", "LOGICAL", "DISTINCT", "FOCUSED", "MODULAR", "TESTED", "LAWFUL", "RESPECTFUL", "TRUSTWORTHY"],
          },
          type: { enum: ["BUG", "VULNERABILITY", "CODE_SMELL"] },
          severity: { enum: ["BLOCKER", "CRITICAL", "MAJOR", "MINOR", "INFO"] },
          impacts: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              required: ["softwareQuality", "severity"],
              additionalProperties: false,
              properties: { softwareQuality: { enum: ["MAINTAINABILITY", "RELIABILITY", "SECURITY"] }, severity: { enum: ["LOW", "MEDIUM", "HIGH"] } },
            },
          },
        },
      },
    },
    issues: {
      type: "array",
      items: {
        type: "object",
        required: ["ruleId", "primaryLocation"],
        additionalProperties: false,
        properties: {
          ruleId: { type: "string", minLength: 1 },
          effortMinutes: { type: "integer", minimum: 0 },
          primaryLocation: location,
          secondaryLocations: { type: "array", items: location },
        },
      },
    },
  },
});

/** The schema, and what SonarQube's importer checks beyond it. */
function expectSonarQubeAccepts(report: any) {
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  const ids = report.rules.map((r: { id: string }) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const issue of report.issues) {
    expect(ids).toContain(issue.ruleId);
    const range = issue.primaryLocation.textRange;
    if (range?.startColumn !== undefined && range.endColumn !== undefined) {
      // "Start pointer should be before end pointer": an empty range fails the whole import
      const endLine = range.endLine ?? range.startLine;
      expect(endLine > range.startLine || range.endColumn > range.startColumn, JSON.stringify(range)).toBe(true);
    }
  }
}

describe("sonarqube formatter", () => {
  it("a clean run has no rules and no issues", () => {
    const report = JSON.parse(sonarqube([summarize("Dockerfile", [])], context));
    expect(report).toEqual({ rules: [], issues: [] });
    expectSonarQubeAccepts(report);
  });

  it("describes each reported rule once and places each issue, paths from the repository root, columns 0-based", () => {
    const output = sonarqube(sampleResults(root), context);
    expect(JSON.parse(output)).toEqual({
      rules: [
        { id: "docklint", name: "A problem that belongs to no rule: a file too complex to lint, or a failure of docklint itself.", description: "Fix the problem the message names.\n\nhttps://github.com/docklint/docklint", engineId: "docklint", cleanCodeAttribute: "CONVENTIONAL", impacts: [{ softwareQuality: "MAINTAINABILITY", severity: "MEDIUM" }] },
        { id: "instruction-case", name: "instruction-case", engineId: "docklint", cleanCodeAttribute: "CONVENTIONAL", impacts: [{ softwareQuality: "MAINTAINABILITY", severity: "LOW" }] },
        { id: "no-maintainer", name: "no-maintainer", description: "https://docs.test/no-maintainer", engineId: "docklint", cleanCodeAttribute: "CONVENTIONAL", impacts: [{ softwareQuality: "RELIABILITY", severity: "HIGH" }] },
        { id: "pin-apt", name: "pin-apt", engineId: "docklint", cleanCodeAttribute: "CONVENTIONAL", impacts: [{ softwareQuality: "MAINTAINABILITY", severity: "MEDIUM" }] },
        { id: "prefer-copy", name: "prefer-copy", engineId: "docklint", cleanCodeAttribute: "CONVENTIONAL", impacts: [{ softwareQuality: "MAINTAINABILITY", severity: "LOW" }] },
      ],
      issues: [
        { ruleId: "no-maintainer", primaryLocation: { message: "MAINTAINER is deprecated.", filePath: "services/api/Dockerfile", textRange: { startLine: 2, startColumn: 0, endLine: 2, endColumn: 14 } } },
        { ruleId: "pin-apt", primaryLocation: { message: 'Pin "curl" with \\ and\ttab.', filePath: "services/api/Dockerfile", textRange: { startLine: 3, startColumn: 4, endLine: 4, endColumn: 8 } } },
        { ruleId: "prefer-copy", primaryLocation: { message: "Use COPY.\r\nNot ADD.", filePath: "services/api/Dockerfile", textRange: { startLine: 4, startColumn: 0, endLine: 4, endColumn: 3 } } },
        // an empty range is given as its line, which SonarQube accepts
        { ruleId: "instruction-case", primaryLocation: { message: "Write <run> in \u001b[1mupper\u001b[0m case.", filePath: "services/api/Dockerfile", textRange: { startLine: 5 } } },
        { ruleId: "docklint", primaryLocation: { message: "Unknown rule 'nope' in pragma.", filePath: "services/api/Dockerfile", textRange: { startLine: 1, startColumn: 0, endLine: 1, endColumn: 1 } } },
        { ruleId: "pin-apt", primaryLocation: { message: "Something.", filePath: path.resolve("/elsewhere/Dockerfile").replace(/\\/g, "/"), textRange: { startLine: 7, startColumn: 9, endLine: 7, endColumn: 10 } } },
      ],
    });
    expect(output.endsWith("}\n")).toBe(true);
    expectSonarQubeAccepts(JSON.parse(output));
  });

  it("names and describes rules from context.rules; a rule reported at several levels takes the most severe impact", () => {
    const rules: FormatContext["rules"] = {
      "pin-apt": { description: "Pin apt packages.", helpUri: "https://docs.test/pin-apt", help: { text: "Pin apt packages. Rebuilds differ otherwise.", markdown: "" } },
    };
    const results = [summarize("a/Dockerfile", [finding({ ruleId: "pin-apt", level: "info" })]), summarize("b/Dockerfile", [finding({ ruleId: "pin-apt", level: "error", severity: 2 })])];
    const report = JSON.parse(sonarqube(results, { ...context, rules }));
    expect(report.rules).toEqual([
      {
        id: "pin-apt",
        name: "Pin apt packages.",
        description: "Pin apt packages. Rebuilds differ otherwise.\n\nhttps://docs.test/pin-apt",
        engineId: "docklint",
        cleanCodeAttribute: "CONVENTIONAL",
        impacts: [{ softwareQuality: "RELIABILITY", severity: "HIGH" }],
      },
    ]);
    expectSonarQubeAccepts(report);
  });

  it("the checks reject what SonarQube refuses", () => {
    const good = JSON.parse(sonarqube(sampleResults(root), context));
    const broken = [
      { issues: good.issues },
      { ...good, issues: [{ ...good.issues[0], severity: "MAJOR", type: "BUG" }] },
      { ...good, issues: [{ ...good.issues[0], ruleId: "not-described" }] },
      { ...good, rules: [...good.rules, good.rules[0]] },
      { ...good, rules: [{ ...good.rules[0], impacts: [] }] },
      { ...good, issues: [{ ...good.issues[0], primaryLocation: { ...good.issues[0].primaryLocation, textRange: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 3 } } }] },
    ];
    for (const report of broken) expect(() => expectSonarQubeAccepts(report), JSON.stringify(report).slice(0, 120)).toThrow();
  });
});
