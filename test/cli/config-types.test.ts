// Every key of a config, docklint's and hadolint's, has a type: a value of another type is one
// line naming the file and key, and exit 2. (It crashed the run, exit 3, or was taken silently:
// `failure-threshold: [error]` made every run pass.)
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./run-cli.js";

const COPY_ALL = "FROM alpine:3.20\nUSER 1000\nCOPY . /app\n";

describe("a config value of the wrong type is exit 2 with one line", () => {
  it.each([
    [".docklintrc.yaml", "settings:\n  context: 5\n", "'settings.context' must be a directory (a string)"],
    [".docklintrc.yaml", "settings: [a]\n", "'settings' must be a mapping"],
    [".docklintrc.yaml", "settings:\n  trustedRegistries: docker.io\n", "'settings.trustedRegistries' must be a list of registries"],
    [".docklintrc.yaml", "overrides:\n  - files: '*'\n    settings:\n      context: [a]\n", "'overrides[0].settings.context' must be a directory (a string)"],
    [".docklintrc.yaml", "overrides:\n  - files: '*'\n    settings: 3\n", "'overrides[0].settings' must be a mapping"],
    [".docklintrc.yaml", "overrides:\n  - [a]\n", "overrides[0] must be a mapping"],
    [".docklintrc.yaml", "extends: [all]\n", "'extends' must be recommended or all, not [\"all\"]"],
  ])("%s: %j", (name, content, message) => {
    const cwd = project({ Dockerfile: COPY_ALL, [name]: content });
    expect(runCli(["Dockerfile"], { cwd })).toEqual({ code: 2, stdout: "", stderr: `docklint: Invalid config ${path.join(cwd, name)}: ${message}\n` });
  });

  it.each([
    ["failure-threshold: [error]\n", "'failure-threshold' must be error, warning, info, style, ignore or none"],
    ["failure-threshold: 3\n", "'failure-threshold' must be error, warning, info, style, ignore or none"],
    ["no-fail: 1\n", "'no-fail' must be true or false"],
    ["strict-labels: 'yes'\n", "'strict-labels' must be true or false"],
    ["disable-ignore-pragma: [true]\n", "'disable-ignore-pragma' must be true or false"],
    ["no-color: 0\n", "'no-color' must be true or false"],
    ["verbose: on please\n", "'verbose' must be true or false"],
    ["format: [json]\n", "'format' must be a format name"],
    ["label-schema:\n  maintainer: [1]\n", "rules.label-schema: option 1.labels.maintainer must be one of"],
  ])(".hadolint.yaml: %j", (content, message) => {
    const cwd = project({ Dockerfile: COPY_ALL, ".hadolint.yaml": content });
    const run = runCli(["Dockerfile"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^docklint: Invalid (hadolint )?config ${path.join(cwd, ".hadolint.yaml").replace(/[.]/g, "\\.")}: ${message.replace(/[.[\]()]/g, "\\$&")}[^\\n]*\\n$`));
  });

  it("values of the right type still work", () => {
    const cwd = project({ Dockerfile: COPY_ALL, "ctx/.dockerignore": ".git\n", ".docklintrc.yaml": "settings:\n  context: ctx\n" });
    expect(runCli(["Dockerfile"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    const hadolint = project({ Dockerfile: COPY_ALL, ".hadolint.yaml": "failure-threshold: error\nno-fail: false\nverbose: true\n" });
    expect(runCli(["Dockerfile"], { cwd: hadolint })).toMatchObject({ code: 0, stderr: "" });
  });
});
