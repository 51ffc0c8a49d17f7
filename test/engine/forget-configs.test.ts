// A long-lived linter (an editor's) keeps the config files it read until told to forget them.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { createLinter, rules } from "../../src/index.js";
import { project } from "../cli/run-cli.js";

const TEXT = "FROM alpine:3.20\nMAINTAINER Ada\n";
const ids = (result: { messages: { ruleId: string | null }[] }) => result.messages.map((m) => m.ruleId);

it("reads a found config again after forget(), and only then", async () => {
  const cwd = project({ ".docklintrc.json": JSON.stringify({ rules: { "no-maintainer": "off" } }) });
  const linter = createLinter({ cwd });
  expect(ids(await linter.lintText(TEXT, "Dockerfile"))).not.toContain("no-maintainer");
  fs.writeFileSync(path.join(cwd, ".docklintrc.json"), JSON.stringify({ rules: { "no-maintainer": "error" } }));
  // still the config it read
  expect(ids(await linter.lintText(TEXT, "Dockerfile"))).not.toContain("no-maintainer");
  linter.forget();
  expect(ids(await linter.lintText(TEXT, "Dockerfile"))).toContain("no-maintainer");
  // a config file removed: the defaults again
  fs.writeFileSync(path.join(cwd, ".docklintrc.json"), JSON.stringify({ rules: { "no-maintainer": "info" } }));
  linter.forget();
  expect((await linter.lintText(TEXT, "Dockerfile")).messages.find((m) => m.ruleId === "no-maintainer")?.level).toBe("info");
  fs.rmSync(path.join(cwd, ".docklintrc.json"));
  linter.forget();
  expect((await linter.lintText(TEXT, "Dockerfile")).messages.find((m) => m.ruleId === "no-maintainer")?.level).toBe(rules["no-maintainer"].meta.defaultLevel);
});

it("reads a named config file again after forget()", async () => {
  const cwd = project({ "ci.json": JSON.stringify({ rules: { "no-maintainer": "off" } }) });
  const linter = createLinter({ cwd, configFile: "ci.json" });
  expect(ids(await linter.lintText(TEXT, "Dockerfile"))).not.toContain("no-maintainer");
  fs.writeFileSync(path.join(cwd, "ci.json"), JSON.stringify({ rules: { "no-maintainer": "info" } }));
  linter.forget();
  expect((await linter.lintText(TEXT, "Dockerfile")).messages.find((m) => m.ruleId === "no-maintainer")?.level).toBe("info");
});
