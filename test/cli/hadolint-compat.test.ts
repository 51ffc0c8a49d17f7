// Users switching from hadolint keep their .hadolint.yaml, their flags and their JSON parsers.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./run-cli.js";

// no-maintainer (DL4000, error) and syntax (DL1000, error)
const TWO_ERRORS = "FROM alpine:3.20\nMAINTAINER Ada\nRUNN true\n";
const ids = (stdout: string) => JSON.parse(stdout)[0].messages.map((m: { ruleId: string; level: string }) => `${m.ruleId}:${m.level}`);

describe(".hadolint.yaml", () => {
  it("maps ignored and override to rule levels, and warns once about codes docklint lacks", () => {
    const cwd = project({
      Dockerfile: TWO_ERRORS,
      ".hadolint.yaml": "ignored:\n  - DL1000\n  - DL9999\noverride:\n  warning:\n    - DL4000\n",
    });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd });
    expect(ids(run.stdout)).toEqual(["no-maintainer:warning"]);
    expect(run.stderr).toBe(`docklint: ${path.join(cwd, ".hadolint.yaml")}: ignored names 'DL9999', which docklint does not have; ignored.\n`);
    expect(run.code).toBe(1);
  });

  it("is found upward from the file, and a docklint config wins over it", () => {
    const cwd = project({ "svc/Dockerfile": TWO_ERRORS, ".hadolint.yaml": "ignored: [DL4000]\n" });
    expect(ids(runCli(["-f", "json", "svc/Dockerfile"], { cwd }).stdout)).toEqual(["syntax:error"]);
    const both = project({ Dockerfile: TWO_ERRORS, ".hadolint.yaml": "ignored: [DL4000]\n", ".docklintrc.yaml": "rules:\n  syntax: off\n" });
    expect(ids(runCli(["-f", "json", "Dockerfile"], { cwd: both }).stdout)).toEqual(["no-maintainer:error"]);
  });

  it("is read through --config too", () => {
    const cwd = project({ Dockerfile: TWO_ERRORS, "ci/lint.hadolint.yaml": "ignored: [DL1000]\n" });
    expect(ids(runCli(["-f", "json", "-c", "ci/lint.hadolint.yaml", "Dockerfile"], { cwd }).stdout)).toEqual(["no-maintainer:error"]);
  });

  it("failure-threshold, no-fail and format apply to the run; the command line wins", () => {
    const dir = (yaml: string) => project({ Dockerfile: TWO_ERRORS, ".hadolint.yaml": `override:\n  warning: [DL4000, DL1000]\n${yaml}` });
    expect(runCli(["Dockerfile"], { cwd: dir("failure-threshold: error\n") }).code).toBe(0);
    expect(runCli(["-t", "warning", "Dockerfile"], { cwd: dir("failure-threshold: error\n") }).code).toBe(1);
    expect(runCli(["Dockerfile"], { cwd: dir("no-fail: true\n") }).code).toBe(0);
    const asJson = runCli(["Dockerfile"], { cwd: dir("format: json\n") });
    expect(JSON.parse(asJson.stdout).map((f: { code: string }) => f.code)).toEqual(["DL4000", "DL1000"]);
  });

  it("hadolint's other format names choose docklint's format of that name, gitlab_codeclimate GitLab's", () => {
    const dir = (format: string) => project({ Dockerfile: TWO_ERRORS, ".hadolint.yaml": `format: ${format}\n` });
    expect(runCli(["Dockerfile"], { cwd: dir("gnu") }).stdout).toMatch(/^Dockerfile:2\.1-14: error: /);
    expect(runCli(["Dockerfile"], { cwd: dir("codacy") }).stdout).toContain('"patternId":"DL4000"');
    expect(runCli(["Dockerfile"], { cwd: dir("codeclimate") }).stdout).toContain('"type":"issue"');
    expect(JSON.parse(runCli(["Dockerfile"], { cwd: dir("sonarqube") }).stdout).issues).toHaveLength(2);
    expect(JSON.parse(runCli(["Dockerfile"], { cwd: dir("gitlab_codeclimate") }).stdout)[0].check_name).toBe("no-maintainer");
  });

  it("disable-ignore-pragma makes `# hadolint ignore=` lines count for nothing", () => {
    const text = "FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER Ada\n";
    expect(ids(runCli(["-f", "json", "Dockerfile"], { cwd: project({ Dockerfile: text }) }).stdout)).toEqual([]);
    const cwd = project({ Dockerfile: text, ".hadolint.yaml": "disable-ignore-pragma: true\n" });
    expect(ids(runCli(["-f", "json", "Dockerfile"], { cwd }).stdout)).toEqual(["no-maintainer:error"]);
  });

  it("rejects keys hadolint does not have, naming them", () => {
    const run = runCli(["Dockerfile"], { cwd: project({ Dockerfile: TWO_ERRORS, ".hadolint.yaml": "ignore: [DL4000]\n" }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^docklint: Invalid hadolint config .*\.hadolint\.yaml: unknown key 'ignore'/);
  });
});

describe("hadolint's flags and JSON format", () => {
  it("--ignore, --warning and --no-fail", () => {
    const cwd = project({ Dockerfile: TWO_ERRORS });
    expect(ids(runCli(["-f", "json", "--ignore", "DL1000", "--warning", "DL4000", "Dockerfile"], { cwd }).stdout)).toEqual(["no-maintainer:warning"]);
    expect(runCli(["--no-fail", "Dockerfile"], { cwd }).code).toBe(0);
  });

  it("--format hadolint-json prints hadolint's flat array with DL codes", () => {
    const cwd = project({ Dockerfile: TWO_ERRORS });
    expect(JSON.parse(runCli(["-f", "hadolint-json", "Dockerfile"], { cwd }).stdout)).toEqual([
      { code: "DL4000", column: 1, file: "Dockerfile", level: "error", line: 2, message: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead." },
      { code: "DL1000", column: 1, file: "Dockerfile", level: "error", line: 3, message: "Unknown instruction 'RUNN'." },
    ]);
  });

  it("uses docklint's id for rules hadolint does not have", () => {
    const cwd = project({ Dockerfile: 'FROM python:3.12\nCMD ["jupyter", "lab", "--allow-root"]\n', ".dockerignore": "" });
    const codes = JSON.parse(runCli(["-f", "hadolint-json", "Dockerfile"], { cwd }).stdout).map((f: { code: string }) => f.code);
    expect(codes).toContain("no-root-notebook");
  });
});
