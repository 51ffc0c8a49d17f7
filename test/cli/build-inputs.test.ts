// --build-arg, --target and --platform: the findings are those of the build docker would run with them.
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/index.js";
import { project, runCli } from "./run-cli.js";

/** A dev stage running as root and a production stage that does not; the dev base's tag from an ARG. */
const TWO_TARGETS = "ARG TAG=3.12\nFROM python:${TAG} AS dev\nUSER root\nFROM python:3.12-slim AS prod\nUSER app\n";

const compact = (args: string[], cwd: string) => runCli(["--no-config", "--rule", "shellcheck=off", "-f", "compact", ...args, "Dockerfile"], { cwd });

describe("build inputs on the command line", () => {
  it("--target lints the stage docker build --target builds, not the last one", () => {
    const cwd = project({ Dockerfile: TWO_TARGETS });
    expect(compact([], cwd)).toMatchObject({ code: 0, stdout: "" });
    const dev = compact(["--target", "dev"], cwd);
    expect(dev.code).toBe(1);
    expect(dev.stdout).toBe(
      "Dockerfile:3:1: warning The image runs as root (`USER root` is the final stage's last USER): switch to an unprivileged user. [last-user-not-root]\n",
    );
  });

  it("--build-arg replaces an ARG's default: here the base image's tag", () => {
    const cwd = project({ Dockerfile: TWO_TARGETS });
    const run = compact(["--rule", "last-user-not-root=off", "--build-arg", "TAG=latest"], cwd);
    expect(run.stdout).toBe(
      "Dockerfile:2:6: warning Image `python` uses the `latest` tag: name a version (or pin a digest) so rebuilds use the same base. [no-latest-tag]\n",
    );
    expect(compact(["--rule", "last-user-not-root=off", "--build-arg", "TAG"], cwd).stdout).toBe("");
    expect(runCli(["--no-config", "-f", "compact", "--build-arg", "TAG", "Dockerfile"], { cwd, env: { TAG: "latest" } }).stdout).toContain("[no-latest-tag]");
  });

  it("an unknown --target is one line of usage error, exit 2", () => {
    const cwd = project({ Dockerfile: TWO_TARGETS });
    const run = compact(["--target", "test"], cwd);
    expect(run).toMatchObject({ code: 2, stdout: "", stderr: "docklint: No stage is named 'test' (--target); the stages are dev, prod.\n" });
    expect(compact(["--build-arg", "=x"], cwd)).toMatchObject({ code: 2, stderr: "docklint: --build-arg takes NAME=VALUE, not '=x' (see docklint --help).\n" });
  });

  it("--cache keeps results per build inputs", () => {
    const cwd = project({ Dockerfile: TWO_TARGETS });
    const cached = (args: string[]) => runCli(["--no-config", "-f", "compact", "--cache", ...args, "Dockerfile"], { cwd });
    expect(cached([]).code).toBe(0);
    expect(cached(["--target", "dev"]).stdout).toContain("[last-user-not-root]");
    expect(cached([]).code).toBe(0);
    expect(cached(["--target", "dev"]).stdout).toContain("[last-user-not-root]");
  });
});

describe("build inputs in the library", () => {
  it("createLinter({ target, buildArgs }) lints that build", async () => {
    const ids = async (options: Parameters<typeof createLinter>[0]) =>
      (await createLinter({ noConfig: true, rules: { shellcheck: "off" }, ...options }).lintText(TWO_TARGETS, "Dockerfile")).messages.map((m) => `${m.ruleId}:${m.line}`);
    expect(await ids({})).toEqual([]);
    expect(await ids({ target: "dev" })).toEqual(["last-user-not-root:3"]);
    expect(await ids({ target: "dev", buildArgs: { TAG: "latest" } })).toEqual(["no-latest-tag:2", "last-user-not-root:3"]);
    await expect(ids({ target: "nope" })).rejects.toThrow("No stage is named 'nope' (--target); the stages are dev, prod.");
  });
});
