// tree-sitter is the slowest thing docklint loads: it is loaded only when a script needs it. Files
// without shell code, and RUNs the simple reader takes (most of them), are linted without it.
import { expect, it } from "vitest";
import { createLinter } from "../../src/index.js";
import { isShellParserLoaded } from "../../src/shell/bash-parser.js";

it("loads the shell parser only for shell code the simple reader leaves to it", async () => {
  const linter = createLinter({ noConfig: true });
  const plain = await linter.lintText('FROM alpine:3.20\nMAINTAINER Ada\nCOPY . /app\nUSER 1000\n', "Dockerfile");
  expect(plain.messages.map((m) => m.ruleId)).toContain("no-maintainer");
  expect(isShellParserLoaded()).toBe(false);

  const simple = await linter.lintText("FROM debian:12\nONBUILD RUN apt-get update && apt-get install curl | tee /log\n", "Dockerfile");
  expect(simple.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["apt-yes", "pipefail"]));
  expect(isShellParserLoaded()).toBe(false);

  // the file is linted again once the parser is loaded: the findings are those of one whole pass
  const complex = await linter.lintText("FROM debian:12\nRUN f() { apt-get install curl; }; f\nRUN apt-get install wget\n", "Dockerfile");
  expect(isShellParserLoaded()).toBe(true);
  expect(complex.messages.filter((m) => m.ruleId === "apt-yes").map((m) => m.line)).toEqual([2, 3]);
});
