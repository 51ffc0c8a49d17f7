// Code Climate's engine output: a stream of issues, each ended by NUL, each valid against the
// issue, location and position fields of Code Climate's analyzer spec; distinct from GitLab's array.
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/engine/result.js";
import { codeclimate } from "../../src/format/codeclimate.js";
import { gitlab } from "../../src/format/gitlab.js";
import { sampleResults } from "./finding.js";

const root = path.resolve("/repo");
const context = { cwd: path.join(root, "services"), color: false, repositoryRoot: root };

// The spec's Issue (type, check_name, description, categories and location required; content,
// trace, remediation_points, severity and fingerprint optional), Location (path and lines, or path
// and positions) and Position (1-based line and column, or a 0-based offset).
const position = {
  oneOf: [
    { type: "object", required: ["line", "column"], additionalProperties: false, properties: { line: { type: "integer", minimum: 1 }, column: { type: "integer", minimum: 1 } } },
    { type: "object", required: ["offset"], additionalProperties: false, properties: { offset: { type: "integer", minimum: 0 } } },
  ],
};
const location = {
  type: "object",
  required: ["path"],
  properties: {
    path: { type: "string", minLength: 1 },
    lines: { type: "object", required: ["begin", "end"], additionalProperties: false, properties: { begin: { type: "integer", minimum: 1 }, end: { type: "integer", minimum: 1 } } },
    positions: { type: "object", required: ["begin", "end"], additionalProperties: false, properties: { begin: position, end: position } },
  },
  oneOf: [{ required: ["lines"] }, { required: ["positions"] }],
  additionalProperties: false,
};
const validate = new Ajv({ allErrors: true }).compile({
  type: "object",
  required: ["type", "check_name", "description", "categories", "location"],
  additionalProperties: false,
  properties: {
    type: { const: "issue" },
    check_name: { type: "string", minLength: 1 },
    // "Descriptions must be a single line of text (no newlines)"
    description: { type: "string", minLength: 1, not: { pattern: "[\\r\\n]" } },
    content: { type: "object", required: ["body"], properties: { body: { type: "string" } } },
    categories: {
      type: "array",
      minItems: 1,
      items: { enum: ["Bug Risk", "Clarity", "Compatibility", "Complexity", "Duplication", "Performance", "Security", "Style"] },
    },
    location,
    trace: { type: "object", required: ["locations"], properties: { locations: { type: "array", items: location }, stacktrace: { type: "boolean" } } },
    remediation_points: { type: "integer", minimum: 0 },
    severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
    fingerprint: { type: "string", minLength: 1 },
  },
});

/** The issues of an engine's output: each must be ended by NUL (newlines may separate them). */
function issuesOf(output: string): unknown[] {
  if (output === "") return [];
  const chunks = output.split("\0");
  expect(chunks.pop()!.trim()).toBe("");
  return chunks.map((chunk) => {
    const issue = JSON.parse(chunk);
    expect(validate(issue), `${chunk}: ${JSON.stringify(validate.errors)}`).toBe(true);
    return issue;
  });
}

describe("codeclimate formatter", () => {
  it("prints nothing for clean files", () => {
    expect(codeclimate([summarize("Dockerfile", [])], context)).toBe("");
  });

  it("streams one NUL-ended issue per finding, positions from the start to the last character covered", () => {
    const output = codeclimate(sampleResults(root), context);
    const fingerprint = /"fingerprint":"[0-9a-f]{64}"/g;
    expect(output.replace(fingerprint, '"fingerprint":"…"')).toBe(
      [
        '{"type":"issue","check_name":"no-maintainer","description":"MAINTAINER is deprecated.","categories":["Bug Risk"],"location":{"path":"services/api/Dockerfile","positions":{"begin":{"line":2,"column":1},"end":{"line":2,"column":14}}},"severity":"major","fingerprint":"…"}',
        '{"type":"issue","check_name":"pin-apt","description":"Pin \\"curl\\" with \\\\ and\\ttab.","categories":["Bug Risk"],"location":{"path":"services/api/Dockerfile","positions":{"begin":{"line":3,"column":5},"end":{"line":4,"column":8}}},"severity":"minor","fingerprint":"…"}',
        '{"type":"issue","check_name":"prefer-copy","description":"Use COPY. Not ADD.","categories":["Bug Risk"],"location":{"path":"services/api/Dockerfile","positions":{"begin":{"line":4,"column":1},"end":{"line":4,"column":3}}},"severity":"info","fingerprint":"…"}',
        '{"type":"issue","check_name":"instruction-case","description":"Write <run> in \\u001b[1mupper\\u001b[0m case.","categories":["Style"],"location":{"path":"services/api/Dockerfile","positions":{"begin":{"line":5,"column":3},"end":{"line":5,"column":3}}},"severity":"info","fingerprint":"…"}',
        '{"type":"issue","check_name":"docklint","description":"Unknown rule \'nope\' in pragma.","categories":["Bug Risk"],"location":{"path":"services/api/Dockerfile","positions":{"begin":{"line":1,"column":1},"end":{"line":1,"column":1}}},"severity":"minor","fingerprint":"…"}',
        `{"type":"issue","check_name":"pin-apt","description":"Something.","categories":["Bug Risk"],"location":{"path":"${path.resolve("/elsewhere/Dockerfile").replace(/\\/g, "/")}","positions":{"begin":{"line":7,"column":10},"end":{"line":7,"column":10}}},"severity":"minor","fingerprint":"…"}`,
        "",
      ].join("\0\n"),
    );
    const issues = issuesOf(output) as { fingerprint: string }[];
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it("fingerprints are GitLab's: the same finding is the same issue in both reports", () => {
    const results = sampleResults(root);
    const prints = (issues: unknown[]) => (issues as { fingerprint: string }[]).map((i) => i.fingerprint);
    expect(prints(issuesOf(codeclimate(results, context)))).toEqual(prints(JSON.parse(gitlab(results, context))));
  });

  it("the schema rejects what the spec does not allow", () => {
    const good = JSON.parse(codeclimate(sampleResults(root), context).split("\0")[0]);
    const broken = [
      { ...good, type: "warning" },
      { ...good, categories: [] },
      { ...good, categories: ["Bugs"] },
      { ...good, description: "two\nlines" },
      { ...good, severity: "error" },
      { ...good, location: { path: "Dockerfile" } },
      { ...good, location: { path: "Dockerfile", positions: { begin: { line: 0, column: 1 }, end: { line: 1, column: 1 } } } },
    ];
    for (const issue of broken) expect(validate(issue), JSON.stringify(issue)).toBe(false);
    expect(() => issuesOf(`${JSON.stringify(good)}\n`)).toThrow();
  });
});
