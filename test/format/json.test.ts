// The JSON output validates against its documented schema, field by field.
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { BROKEN, project, runCli } from "../cli/run-cli.js";

const schema = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "json-format.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe("json formatter", () => {
  it("matches the schema, with fixes and docs links", () => {
    const cwd = project({ Dockerfile: BROKEN, "clean/Dockerfile": "FROM alpine:3.20\nUSER 1000\n" });
    const output = JSON.parse(runCli(["-f", "json", "Dockerfile", "clean/Dockerfile"], { cwd }).stdout);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output[0]).toEqual({
      filePath: path.join(cwd, "Dockerfile"),
      messages: [
        {
          ruleId: "no-maintainer",
          severity: 2,
          level: "error",
          message: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead.",
          messageId: "deprecated",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 15,
          fix: { range: [17, 31], text: 'LABEL org.opencontainers.image.authors="Ada"' },
          docsUrl: "https://github.com/docklint/docklint/blob/main/docs/rules/no-maintainer.md",
        },
        {
          ruleId: "syntax",
          severity: 2,
          level: "error",
          message: "Unknown instruction 'RUNN'.",
          messageId: "problem",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          docsUrl: "https://github.com/docklint/docklint/blob/main/docs/rules/syntax.md",
        },
      ],
      errorCount: 2,
      warningCount: 0,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
    });
    expect(output[1]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });

  it("the schema rejects what the contract forbids", () => {
    expect(validate([{ filePath: "x", messages: [{ ruleId: "a", severity: 3 }] }])).toBe(false);
    expect(validate([{ filePath: "x", messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, extra: 1 }])).toBe(false);
  });
});
