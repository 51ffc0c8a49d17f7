// tree-sitter is the slowest thing docklint loads: a run whose files have no shell code must not load it.
import { expect, it } from "vitest";
import { createLinter } from "../../src/index.js";
import { isShellParserLoaded } from "../../src/shell/bash-parser.js";

it("loads the shell parser only for a file with RUN, CMD or ENTRYPOINT", async () => {
  const linter = createLinter({ noConfig: true });
  const plain = await linter.lintText('FROM alpine:3.20\nMAINTAINER Ada\nCOPY . /app\nUSER 1000\n', "Dockerfile");
  expect(plain.messages.map((m) => m.ruleId)).toContain("no-maintainer");
  expect(isShellParserLoaded()).toBe(false);

  const trigger = await linter.lintText("FROM alpine:3.20\nONBUILD RUN apt-get install curl\n", "Dockerfile");
  expect(isShellParserLoaded()).toBe(true);
  expect(trigger.messages.map((m) => m.ruleId)).toContain("apt-yes");
});
