// A long-lived linter (an editor's) keeps the config files it read until told to forget them, and
// reads an editor's unsaved texts of the files around a Dockerfile before the disk.
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

it("reads an unsaved config text instead of the file, and the file again once it is saved", async () => {
  const cwd = project({ ".docklintrc.json": JSON.stringify({ rules: { "no-maintainer": "off" } }) });
  const linter = createLinter({ cwd });
  expect(ids(await linter.lintText(TEXT, "Dockerfile"))).not.toContain("no-maintainer");
  linter.setUnsaved(path.join(cwd, ".docklintrc.json"), JSON.stringify({ rules: { "no-maintainer": "info" } }));
  expect((await linter.lintText(TEXT, "Dockerfile")).messages.find((m) => m.ruleId === "no-maintainer")?.level).toBe("info");
  linter.setUnsaved(path.join(cwd, ".docklintrc.json"), null);
  expect(ids(await linter.lintText(TEXT, "Dockerfile"))).not.toContain("no-maintainer");
  // a config that exists only in the editor, in a subdirectory
  linter.setUnsaved(path.join(cwd, "app", ".docklintrc.yaml"), "rules:\n  no-maintainer: style\n");
  expect((await linter.lintText(TEXT, "app/Dockerfile")).messages.find((m) => m.ruleId === "no-maintainer")?.level).toBe("style");
});

it("reads an unsaved .dockerignore instead of the disk", async () => {
  const cwd = project({ "Dockerfile": "FROM alpine:3.20\nCOPY . /app\n" });
  const linter = createLinter({ cwd, noConfig: true });
  const copyFindings = async () => (await linter.lintText("FROM alpine:3.20\nCOPY . /app\n", "Dockerfile")).messages.filter((m) => m.ruleId === "dockerignore").map((m) => `${m.messageId}@${m.line}:${m.column}`);
  expect(await copyFindings()).toEqual(["wholeContext@2:6"]);
  linter.setUnsaved(path.join(cwd, ".dockerignore"), ".git\nnode_modules\n");
  expect(await copyFindings()).toEqual([]);
  // one that leaves out everything: what the editor has, not the disk (which has none)
  linter.setUnsaved(path.join(cwd, ".dockerignore"), "*\n");
  expect(await copyFindings()).toEqual(["emptyContext@2:6"]);
  linter.setUnsaved(path.join(cwd, ".dockerignore"), null);
  expect(await copyFindings()).toEqual(["wholeContext@2:6"]);
});

it("keeps the configs it read when the unsaved text is a Dockerfile's, and forgets them for a config's or the named config's", async () => {
  const cwd = project({ ".docklintrc.json": JSON.stringify({ rules: { "no-maintainer": "off" } }), "ci.json": "{}" });
  const level = async (linter: ReturnType<typeof createLinter>) => (await linter.lintText(TEXT, "Dockerfile")).messages.find((m) => m.ruleId === "no-maintainer")?.level;
  const linter = createLinter({ cwd });
  expect(await level(linter)).toBeUndefined();
  fs.writeFileSync(path.join(cwd, ".docklintrc.json"), JSON.stringify({ rules: { "no-maintainer": "info" } }));
  // an editor types in a Dockerfile at every keystroke: the config is not read again each time
  linter.setUnsaved(path.join(cwd, "Dockerfile"), TEXT);
  linter.setUnsaved(path.join(cwd, "compose.yaml"), "services: {}\n");
  expect(await level(linter)).toBeUndefined();
  linter.setUnsaved(path.join(cwd, "app", ".hadolint.yaml"), "ignored: []\n");
  expect(await level(linter)).toBe("info");
  const named = createLinter({ cwd, configFile: "ci.json" });
  expect(await level(named)).toBe(rules["no-maintainer"].meta.defaultLevel);
  named.setUnsaved(path.join(cwd, "ci.json"), JSON.stringify({ rules: { "no-maintainer": "style" } }));
  expect(await level(named)).toBe("style");
});
