// Codacy's tool result format: one JSON result per line, each valid against the fields Codacy's
// tool developer guide documents (filename, message, patternId, line), with hadolint's codes.
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/engine/result.js";
import { codacy } from "../../src/format/codacy.js";
import { sampleResults } from "./finding.js";

const root = path.resolve("/repo");
const context = { cwd: path.join(root, "services"), color: false, repositoryRoot: root, ruleCodes: { "no-maintainer": "DL4000", "pin-apt": "DL3008" } };

// A result: "filename" relative to the analysed directory (no leading /src/), the message, the
// pattern it belongs to and a 1-based line.
const validate = new Ajv({ allErrors: true }).compile({
  type: "object",
  required: ["filename", "message", "patternId", "line"],
  additionalProperties: false,
  properties: {
    filename: { type: "string", minLength: 1, not: { pattern: "^/src/" } },
    message: { type: "string", minLength: 1 },
    patternId: { type: "string", minLength: 1 },
    line: { type: "integer", minimum: 1 },
  },
});

function expectCodacyResults(output: string) {
  expect(output === "" || output.endsWith("\n")).toBe(true);
  for (const line of output.split("\n").slice(0, -1)) {
    const result = JSON.parse(line);
    expect(validate(result), `${line}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
}

describe("codacy formatter", () => {
  it("prints nothing for clean files", () => {
    expect(codacy([summarize("Dockerfile", [])], context)).toBe("");
  });

  it("prints one result per line: paths from the repository root, hadolint's code as the pattern when the rule has one", () => {
    const output = codacy(sampleResults(root), context);
    expect(output).toBe(
      [
        '{"filename":"services/api/Dockerfile","message":"MAINTAINER is deprecated.","patternId":"DL4000","line":2}',
        '{"filename":"services/api/Dockerfile","message":"Pin \\"curl\\" with \\\\ and\\ttab.","patternId":"DL3008","line":3}',
        '{"filename":"services/api/Dockerfile","message":"Use COPY.\\r\\nNot ADD.","patternId":"prefer-copy","line":4}',
        '{"filename":"services/api/Dockerfile","message":"Write <run> in \\u001b[1mupper\\u001b[0m case.","patternId":"instruction-case","line":5}',
        '{"filename":"services/api/Dockerfile","message":"Unknown rule \'nope\' in pragma.","patternId":"docklint","line":1}',
        `{"filename":"${path.resolve("/elsewhere/Dockerfile").replace(/\\/g, "/")}","message":"Something.","patternId":"DL3008","line":7}`,
        "",
      ].join("\n"),
    );
    expectCodacyResults(output);
  });

  it("the schema rejects what Codacy's format does not have", () => {
    for (const bad of ['{"filename":"a","message":"m","patternId":"p"}\n', '{"filename":"a","message":"m","patternId":"p","line":0}\n', '{"filename":"/src/a","message":"m","patternId":"p","line":1}\n', '{"filename":"a","message":"m","patternId":"p","line":1,"level":"x"}\n']) {
      expect(() => expectCodacyResults(bad), bad).toThrow();
    }
  });
});
