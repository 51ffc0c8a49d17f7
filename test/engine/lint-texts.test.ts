// createLinter().lintTexts: several texts in one call give what a lintText each gives, in order.
import { expect, it } from "vitest";
import { createLinter, DocklintError } from "../../src/index.js";
import { project } from "../cli/run-cli.js";

it("lints texts in order, each as lintText would", async () => {
  const linter = createLinter({ noConfig: true });
  const texts = [
    { text: "FROM alpine:3.20\nMAINTAINER Ada\n", filePath: "a/Dockerfile" },
    { text: "FROM debian:12\nRUN f() { apt-get install curl; }; f\n", filePath: "b/Dockerfile" },
    { text: "FROM alpine:3.20\nUSER 1000\n", filePath: "c/Dockerfile" },
  ];
  const together = await linter.lintTexts(texts);
  const oneByOne = [];
  for (const { text, filePath } of texts) oneByOne.push(await linter.lintText(text, filePath));
  expect(together).toEqual(oneByOne);
  expect(together.map((r) => r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`))).toEqual([
    expect.arrayContaining(["no-maintainer@2:1"]),
    expect.arrayContaining(["apt-yes@2:19"]),
    [],
  ]);
});

it("throws the DocklintError of a text that cannot be linted", async () => {
  const cwd = project({ "bad/.docklintrc.yaml": "rules: {no-such-rule: error}\n" });
  const linter = createLinter({ cwd });
  const texts = [
    { text: "FROM alpine:3.20\n", filePath: "good/Dockerfile" },
    { text: "FROM alpine:3.20\n", filePath: "bad/Dockerfile" },
  ];
  const error = await linter.lintTexts(texts).catch((e: Error) => e);
  expect(error).toBeInstanceOf(DocklintError);
  expect((error as Error).message).toContain("no-such-rule");
  expect(await linter.lintTexts([])).toEqual([]);
});
