// How reports name files: relative to the working directory (or, for code hosts, the repository
// root) when inside it, else absolute; never `../..` out of the base.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/engine/result.js";
import { compact } from "../../src/format/compact.js";
import { gitlab } from "../../src/format/gitlab.js";
import { hadolintJson } from "../../src/format/hadolint-json.js";
import { portablePath, reportPath, repositoryRoot } from "../../src/format/report-path.js";
import { sarif } from "../../src/format/sarif.js";
import { finding } from "./finding.js";

const cwd = path.resolve("/repo/services/api");
const root = path.resolve("/repo");

describe("reportPath", () => {
  it("names a file under the base relative to it", () => {
    expect(reportPath("Dockerfile", cwd)).toBe("Dockerfile");
    expect(reportPath(path.join(cwd, "sub", "Dockerfile"), cwd)).toBe(path.join("sub", "Dockerfile"));
    expect(reportPath("sub/Dockerfile", cwd, root)).toBe(path.join("services", "api", "sub", "Dockerfile"));
    // a name that merely starts with two dots is inside
    expect(reportPath("..hidden/Dockerfile", cwd)).toBe(path.join("..hidden", "Dockerfile"));
  });

  it("names a file outside the base by its absolute path, never climbing out with ..", () => {
    expect(reportPath("../web/Dockerfile", cwd)).toBe(path.resolve("/repo/services/web/Dockerfile"));
    expect(reportPath(path.resolve("/elsewhere/Dockerfile"), cwd)).toBe(path.resolve("/elsewhere/Dockerfile"));
    expect(reportPath(path.resolve("/elsewhere/Dockerfile"), cwd, root)).toBe(path.resolve("/elsewhere/Dockerfile"));
    expect(reportPath("..", cwd)).toBe(path.resolve("/repo/services"));
  });

  it("leaves standard input as it is named", () => {
    expect(reportPath("<stdin>", cwd, root)).toBe("<stdin>");
  });

  it("portablePath writes forward slashes", () => {
    expect(portablePath(path.join("a", "b", "Dockerfile"), cwd, root)).toBe("services/api/a/b/Dockerfile");
  });
});

describe("repositoryRoot", () => {
  const tree = (files: string[]) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-root-"));
    for (const file of files) {
      // a name ending in / is a directory, any other an empty file
      const full = path.join(dir, file);
      fs.mkdirSync(file.endsWith("/") ? full : path.dirname(full), { recursive: true });
      if (!file.endsWith("/")) fs.writeFileSync(full, "");
    }
    return dir;
  };

  it("is the nearest directory at or above cwd holding .git", () => {
    const dir = tree([".git/", "a/b/c/"]);
    expect(repositoryRoot({ cwd: path.join(dir, "a", "b", "c") })).toBe(dir);
    expect(repositoryRoot({ cwd: dir })).toBe(dir);
  });

  it("takes a .git file (a worktree or submodule) and the nearest of nested repositories", () => {
    const dir = tree([".git/", "vendor/lib/.git", "vendor/lib/src/"]);
    expect(repositoryRoot({ cwd: path.join(dir, "vendor", "lib", "src") })).toBe(path.join(dir, "vendor", "lib"));
  });

  it("falls back to cwd outside any repository, and the context's root wins", () => {
    const dir = tree(["a/"]);
    const inside = path.join(dir, "a");
    // os.tmpdir() is in no repository on the machines the tests run on
    expect(repositoryRoot({ cwd: inside })).toBe(inside);
    expect(repositoryRoot({ cwd: inside, repositoryRoot: dir })).toBe(dir);
  });
});

describe("paths in reports", () => {
  const results = [summarize(path.join(cwd, "Dockerfile"), [finding({})]), summarize(path.resolve("/elsewhere/Dockerfile"), [finding({})])];

  it("terminal formats: relative to cwd, absolute outside it", () => {
    expect(compact(results, { cwd, color: false })).toBe(
      `Dockerfile:1:1: warning Something. [some-rule]\n${path.resolve("/elsewhere/Dockerfile")}:1:1: warning Something. [some-rule]\n`,
    );
  });

  it("hadolint-json: relative to cwd, absolute outside it, whatever the path the result was given", () => {
    const given = [summarize("../../../elsewhere/Dockerfile", [finding({})]), summarize(path.join(cwd, "Dockerfile"), [finding({})])];
    const files = JSON.parse(hadolintJson(given, { cwd, color: false })).map((f: { file: string }) => f.file);
    expect(files).toEqual([path.resolve("/elsewhere/Dockerfile"), "Dockerfile"]);
  });

  it("GitLab: relative to the repository root above cwd, absolute outside it", () => {
    const issues = JSON.parse(gitlab(results, { cwd, color: false, repositoryRoot: root }));
    expect(issues.map((i: { location: { path: string } }) => i.location.path)).toEqual(["services/api/Dockerfile", "/elsewhere/Dockerfile"]);
  });

  it("SARIF: a URI relative to the repository root, an absolute file:// URI outside it", () => {
    const log = JSON.parse(sarif(results, { cwd, color: false, repositoryRoot: root }));
    const uris = log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(["services/api/Dockerfile", "file:///elsewhere/Dockerfile"]);
  });

  it("the repository root is found from cwd when the context does not give it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-root-"));
    fs.mkdirSync(path.join(dir, ".git"));
    fs.mkdirSync(path.join(dir, "svc"));
    const inRepo = [summarize("Dockerfile", [finding({})])];
    const issues = JSON.parse(gitlab(inRepo, { cwd: path.join(dir, "svc"), color: false }));
    expect(issues[0].location.path).toBe("svc/Dockerfile");
  });
});
