// Users switching from hadolint keep their .hadolint.yaml, their flags and their JSON parsers.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/format/names.js";
import { CLEAN, project, runCli } from "./run-cli.js";

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
    expect(run.stderr).toBe(`docklint: ${path.join(cwd, ".hadolint.yaml")}: ignored names 'DL9999', which neither docklint nor hadolint has; ignored.\n`);
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

  it("trustedRegistries may be one registry, as in hadolint, or a list", () => {
    const from = "FROM quay.io/x/y:1\nUSER 1\n";
    const rules = (yaml: string) => ids(runCli(["-f", "json", "Dockerfile"], { cwd: project({ Dockerfile: from, ".hadolint.yaml": yaml }) }).stdout);
    expect(rules("trustedRegistries: docker.io\n")).toEqual(["trusted-registries:error"]);
    expect(rules("trustedRegistries: quay.io\n")).toEqual([]);
    expect(rules("trustedRegistries: [docker.io, quay.io]\n")).toEqual([]);
    const run = runCli(["Dockerfile"], { cwd: project({ Dockerfile: from, ".hadolint.yaml": "trustedRegistries: {a: 1}\n" }) });
    expect(run).toMatchObject({ code: 2, stderr: expect.stringMatching(/\.hadolint\.yaml: 'trustedRegistries' must be a registry or a list of registries\n$/) });
  });

  it("rejects keys hadolint does not have, naming them", () => {
    const run = runCli(["Dockerfile"], { cwd: project({ Dockerfile: TWO_ERRORS, ".hadolint.yaml": "ignore: [DL4000]\n" }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^docklint: Invalid hadolint config .*\.hadolint\.yaml: unknown key 'ignore'/);
  });
});

describe("codes hadolint has or had that docklint has no rule for (DL3031, retired in hadolint 2.7.0)", () => {
  // yum-pin-versions (DL3033, warning) flags `x`; nothing else does
  const YUM = 'FROM centos:7\nUSER 1000\nCMD ["x"]\n# hadolint ignore=DL3031,DL3033\nRUN yum install -y x && yum clean all\n';
  const clean = { code: 0, stdout: "", stderr: "" };

  it("in a pragma: accepted, the known code still switches its rule off, and no finding", () => {
    expect(runCli(["Dockerfile"], { cwd: project({ Dockerfile: YUM, ".dockerignore": "" }) })).toEqual(clean);
    const global = "# hadolint global ignore=DL3031\nFROM centos:7\n# hadolint stage ignore=DL3005,DL3017,DL3039\nUSER 1000\n";
    expect(runCli(["Dockerfile"], { cwd: project({ Dockerfile: global }) })).toEqual(clean);
  });

  it("in a pragma, a code hadolint never had is a finding of pragma-known-rule at the code", () => {
    const cwd = project({ Dockerfile: YUM.replace("DL3031", "DL3999"), ".dockerignore": "" });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd });
    expect(run).toMatchObject({ code: 1, stderr: "" });
    expect(JSON.parse(run.stdout)[0].messages).toMatchObject([{ ruleId: "pragma-known-rule", level: "warning", line: 4, column: 19, endLine: 4, endColumn: 25 }]);
  });

  it("in .hadolint.yaml (ignored, override) and .docklintrc.yaml: accepted silently", () => {
    const yum = YUM.replace("# hadolint ignore=DL3031,DL3033\n", "");
    const hadolintYaml = "ignored: [DL3031, DL3033]\noverride:\n  error: [DL3005]\n  style: [DL3017, DL3039]\n";
    expect(runCli(["Dockerfile"], { cwd: project({ Dockerfile: yum, ".dockerignore": "", ".hadolint.yaml": hadolintYaml }) })).toEqual(clean);
    const docklintrc = "rules:\n  DL3031: off\n  DL3005: [error]\n  DL3033: off\n";
    expect(runCli(["Dockerfile"], { cwd: project({ Dockerfile: yum, ".dockerignore": "", ".docklintrc.yaml": docklintrc }) })).toEqual(clean);
  });

  it("in .docklintrc.yaml, such a code takes a valid level and no options", () => {
    const run = (rules: string) => runCli(["Dockerfile"], { cwd: project({ Dockerfile: CLEAN, ".docklintrc.yaml": `rules:\n${rules}` }) });
    expect(run("  DL3031: loud\n")).toMatchObject({ code: 2, stderr: expect.stringContaining(": rules.DL3031: level must be one of error, warning, info, style, off, not 'loud'\n") });
    expect(run("  DL3031: [error, {x: 1}]\n")).toMatchObject({ code: 2, stderr: expect.stringContaining(": rules.DL3031: 'DL3031' stands for no docklint rule: it takes a level, not options\n") });
  });

  it("on the command line: --ignore, --error and the other level flags, and --rule", () => {
    const cwd = project({ Dockerfile: CLEAN });
    for (const flags of [["--ignore", "DL3031"], ["--error", "DL3017"], ["--style", "DL3039"], ["--rule", "DL3005=warning"]]) {
      expect(runCli([...flags, "Dockerfile"], { cwd }), flags.join(" ")).toEqual(clean);
    }
  });

  it("--explain tells what the code was", () => {
    expect(runCli(["--explain", "dl3031"], { cwd: project({}) })).toEqual({
      code: 0,
      stdout: "DL3031: a hadolint rule that flagged `yum update`, removed in hadolint 2.7.0. docklint has no rule for it: the code is accepted in pragmas, config files, variables and flags, and switches nothing.\n",
      stderr: "",
    });
    expect(runCli(["--explain", "DL3999"], { cwd: project({}) })).toMatchObject({ code: 2, stderr: "docklint: Unknown rule 'DL3999' (docklint --list-rules lists them).\n" });
  });

  it("on the command line, a code hadolint never had is an error naming the flag", () => {
    const cwd = project({ Dockerfile: CLEAN });
    expect(runCli(["--ignore", "DL3999", "Dockerfile"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: "docklint: --ignore names 'DL3999', which is no docklint rule or alias and no hadolint code (docklint --list-rules lists them).\n",
    });
    expect(runCli(["--warning", "nope", "Dockerfile"], { cwd }).stderr).toBe("docklint: --warning names 'nope', which is no docklint rule or alias and no hadolint code (docklint --list-rules lists them).\n");
  });
});

describe("hadolint's flags and JSON format", () => {
  it("--ignore, --warning and --no-fail", () => {
    const cwd = project({ Dockerfile: TWO_ERRORS });
    expect(ids(runCli(["-f", "json", "--ignore", "DL1000", "--warning", "DL4000", "Dockerfile"], { cwd }).stdout)).toEqual(["no-maintainer:warning"]);
    expect(runCli(["--no-fail", "Dockerfile"], { cwd }).code).toBe(0);
  });

  it("-t ignore, hadolint's word for never failing", () => {
    const cwd = project({ Dockerfile: TWO_ERRORS });
    expect(runCli(["-t", "ignore", "Dockerfile"], { cwd }).code).toBe(0);
    expect(runCli(["--failure-threshold", "ignore", "Dockerfile"], { cwd }).code).toBe(0);
    expect(runCli(["-t", "ignore", "-t", "error", "Dockerfile"], { cwd }).code).toBe(1);
  });

  it("--require-label checks the format it names", () => {
    const run = runCli(["--require-label", "version:semverish", "Dockerfile"], { cwd: project({ Dockerfile: CLEAN }) });
    expect(run).toMatchObject({ code: 2, stderr: expect.stringMatching(/^docklint: Invalid --require-label: option 1\.labels\.version must be one of "text", /) });
  });

  it("--format hadolint-json prints hadolint's flat array with DL codes", () => {
    const cwd = project({ Dockerfile: TWO_ERRORS });
    expect(JSON.parse(runCli(["-f", "hadolint-json", "Dockerfile"], { cwd }).stdout)).toEqual([
      { code: "DL4000", column: 1, file: "Dockerfile", level: "error", line: 2, message: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead." },
      { code: "DL1000", column: 1, file: "Dockerfile", level: "error", line: 3, message: "Unknown instruction 'RUNN'." },
    ]);
  });

  it("a finding of no rule (a file too complex to lint) has the code docklint", () => {
    const cwd = project({ Dockerfile: `FROM alpine:3.20\n${"RUN true\n".repeat(10_000)}` });
    expect(JSON.parse(runCli(["-f", "hadolint-json", "Dockerfile"], { cwd }).stdout)).toMatchObject([{ code: "docklint", line: 10_001 }]);
  });

  it("uses docklint's id for rules hadolint does not have", () => {
    const cwd = project({ Dockerfile: 'FROM python:3.12\nCMD ["jupyter", "lab", "--allow-root"]\n', ".dockerignore": "" });
    const codes = JSON.parse(runCli(["-f", "hadolint-json", "Dockerfile"], { cwd }).stdout).map((f: { code: string }) => f.code);
    expect(codes).toContain("no-root-notebook");
  });
});

describe("hadolint's environment variables: over config files, under the command line", () => {
  const warnings = `override:\n  warning: [DL4000, DL1000]\n`;
  const run = (env: Record<string, string>, args: string[] = [], files: Record<string, string> = {}) =>
    runCli(["-f", "json", ...args, "Dockerfile"], { cwd: project({ Dockerfile: TWO_ERRORS, ...files }), env });

  it("HADOLINT_IGNORE and HADOLINT_OVERRIDE_*: comma-separated codes, retired ones accepted", () => {
    expect(ids(run({ HADOLINT_IGNORE: "DL1000, DL3031", HADOLINT_OVERRIDE_INFO: "DL4000" }).stdout)).toEqual(["no-maintainer:info"]);
    expect(ids(run({ HADOLINT_OVERRIDE_STYLE: "DL4000,DL1000" }).stdout)).toEqual(["no-maintainer:style", "syntax:style"]);
    // over .hadolint.yaml and over a docklint config, under the flags (--rule too, by another name)
    expect(ids(run({ HADOLINT_OVERRIDE_ERROR: "DL4000,DL1000" }, [], { ".hadolint.yaml": warnings }).stdout)).toEqual(["no-maintainer:error", "syntax:error"]);
    expect(ids(run({ HADOLINT_IGNORE: "DL1000" }, [], { ".docklintrc.yaml": "rules:\n  syntax: warning\n" }).stdout)).toEqual(["no-maintainer:error"]);
    expect(ids(run({ HADOLINT_IGNORE: "DL1000", HADOLINT_OVERRIDE_INFO: "DL4000" }, ["--warning", "DL1000", "--rule", "no-maintainer=style"]).stdout)).toEqual([
      "no-maintainer:style",
      "syntax:warning",
    ]);
  });

  it("HADOLINT_FAILURE_THRESHOLD and HADOLINT_NOFAIL decide the exit code between the config and the flags", () => {
    const files = { ".hadolint.yaml": `${warnings}failure-threshold: warning\nno-fail: true\n` };
    expect(run({ HADOLINT_NOFAIL: "0" }, [], files).code).toBe(1);
    expect(run({ HADOLINT_NOFAIL: "no", HADOLINT_FAILURE_THRESHOLD: "error" }, [], files).code).toBe(0);
    expect(run({ HADOLINT_NOFAIL: "false", HADOLINT_FAILURE_THRESHOLD: "ignore" }, [], files).code).toBe(0);
    expect(run({ HADOLINT_NOFAIL: "off", HADOLINT_FAILURE_THRESHOLD: "error" }, ["-t", "warning"], files).code).toBe(1);
    expect(run({ HADOLINT_NOFAIL: "Yes" }).code).toBe(0);
    expect(run({ HADOLINT_NOFAIL: "0" }, ["--no-fail"]).code).toBe(0);
  });

  it("HADOLINT_FORMAT: hadolint's names (json is hadolint's array), several separated by commas; -f wins", () => {
    const cwd = project({ Dockerfile: TWO_ERRORS });
    expect(JSON.parse(runCli(["Dockerfile"], { cwd, env: { HADOLINT_FORMAT: "json" } }).stdout).map((f: { code: string }) => f.code)).toEqual(["DL4000", "DL1000"]);
    expect(runCli(["Dockerfile"], { cwd, env: { HADOLINT_FORMAT: "tty" } }).stdout).toContain("✖ 2 problems (2 errors)");
    const both = runCli(["Dockerfile"], { cwd, env: { HADOLINT_FORMAT: "compact,gitlab_codeclimate" } }).stdout;
    expect(both).toContain("Dockerfile:2:1: error MAINTAINER");
    expect(both).toContain('"check_name":"no-maintainer"');
    expect(ids(runCli(["-f", "json", "Dockerfile"], { cwd, env: { HADOLINT_FORMAT: "checkstyle" } }).stdout)).toEqual(["no-maintainer:error", "syntax:error"]);
  });

  it("HADOLINT_TRUSTED_REGISTRIES, HADOLINT_REQUIRE_LABELS and HADOLINT_STRICT_LABELS configure their rules", () => {
    const cwd = project({ Dockerfile: 'FROM quay.io/x/y:1\nLABEL version=abc other=1\nUSER 1\nCMD ["x"]\n', ".dockerignore": "" });
    const env = { HADOLINT_TRUSTED_REGISTRIES: "docker.io,ghcr.io", HADOLINT_REQUIRE_LABELS: "version:semver, owner:text", HADOLINT_STRICT_LABELS: "1" };
    expect(runCli(["-f", "compact", "Dockerfile"], { cwd, env }).stdout).toBe(
      [
        "Dockerfile:1:1: info Label `owner` is missing: the label schema requires it. [label-schema]",
        "Dockerfile:1:6: error `quay.io/x/y:1` comes from `quay.io`, which is not a trusted registry (docker.io, ghcr.io). [trusted-registries]",
        "Dockerfile:2:15: info Label `version` is not a semantic version (e.g. 1.2.3): `abc`. [label-schema]",
        "Dockerfile:2:19: info Label `other` is not in the label schema (strict labels). [label-schema]",
        "",
      ].join("\n"),
    );
    // the flags win
    expect(runCli(["-f", "compact", "--trusted-registry", "quay.io", "--require-label", "version:text", "Dockerfile"], { cwd, env }).stdout).toBe("");
  });

  it("HADOLINT_DISABLE_IGNORE_PRAGMA, over .hadolint.yaml's disable-ignore-pragma", () => {
    const text = "FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER Ada\n";
    const cwd = project({ Dockerfile: text });
    expect(ids(runCli(["-f", "json", "Dockerfile"], { cwd, env: { HADOLINT_DISABLE_IGNORE_PRAGMA: "true" } }).stdout)).toEqual(["no-maintainer:error"]);
    const disabled = project({ Dockerfile: text, ".hadolint.yaml": "disable-ignore-pragma: true\n" });
    expect(ids(runCli(["-f", "json", "Dockerfile"], { cwd: disabled, env: { HADOLINT_DISABLE_IGNORE_PRAGMA: "0" } }).stdout)).toEqual([]);
  });

  it.each([
    ["HADOLINT_NOFAIL", "maybe", "expected 1, true, yes, on or y (or 0, false, no, off, n), not 'maybe'"],
    ["HADOLINT_STRICT_LABELS", "2", "expected 1, true, yes, on or y (or 0, false, no, off, n), not '2'"],
    ["HADOLINT_DISABLE_IGNORE_PRAGMA", "enabled", "expected 1, true, yes, on or y (or 0, false, no, off, n), not 'enabled'"],
    ["HADOLINT_FAILURE_THRESHOLD", "high", "expected error, warning, info, style, ignore or none, not 'high'"],
    ["HADOLINT_FORMAT", "json,xml", `docklint has no format 'xml': use tty, json, gitlab_codeclimate or one of docklint's (${FORMAT_NAMES.join(", ")})`],
    ["HADOLINT_IGNORE", "DL3008,DL3999", "'DL3999' is no docklint rule or alias and no hadolint code"],
    ["HADOLINT_OVERRIDE_WARNING", "nope", "'nope' is no docklint rule or alias and no hadolint code"],
    ["HADOLINT_REQUIRE_LABELS", "version", "takes LABEL:FORMAT pairs separated by commas, not 'version'"],
    ["HADOLINT_REQUIRE_LABELS", "version:semverish", 'option 1.labels.version must be one of "text", "url", "rfc3339", "spdx", "hash", "semver", "email"'],
    ["HADOLINT_NOFAIL", "1\n\u001b[2J", "expected 1, true, yes, on or y (or 0, false, no, off, n), not '1\\n\\u001b[2J'"],
  ])("%s=%j is a one-line error naming the variable (exit 2)", (variable, value, reason) => {
    expect(runCli(["Dockerfile"], { cwd: project({ Dockerfile: CLEAN }), env: { [variable]: value } })).toEqual({ code: 2, stdout: "", stderr: `docklint: ${variable}: ${reason}.\n` });
  });
});

describe("hadolint's config of the user, when no config is found for the project", () => {
  const home = (files: Record<string, string>) => project({ ".keep": "", ...files });
  const levels = (homeDir: string, env: Record<string, string> = {}, files: Record<string, string> = {}) =>
    ids(runCli(["-f", "json", "Dockerfile"], { cwd: project({ Dockerfile: TWO_ERRORS, ...files }), env: { HOME: homeDir, XDG_CONFIG_HOME: "", ...env } }).stdout);

  it("is read from $XDG_CONFIG_HOME, ~/.config, ~/.hadolint and ~, in that order", () => {
    const everywhere = home({
      "xdg/hadolint.yaml": "ignored: [DL1000]\n",
      ".config/hadolint.yml": "ignored: [DL4000]\n",
      ".hadolint/config.yaml": "override:\n  info: [DL4000, DL1000]\n",
      ".hadolint.yaml": "override:\n  style: [DL4000, DL1000]\n",
    });
    expect(levels(everywhere, { XDG_CONFIG_HOME: path.join(everywhere, "xdg") })).toEqual(["no-maintainer:error"]);
    expect(levels(everywhere)).toEqual(["syntax:error"]);
    fs.rmSync(path.join(everywhere, ".config"), { recursive: true });
    expect(levels(everywhere)).toEqual(["no-maintainer:info", "syntax:info"]);
    fs.rmSync(path.join(everywhere, ".hadolint"), { recursive: true });
    expect(levels(everywhere)).toEqual(["no-maintainer:style", "syntax:style"]);
    // a relative XDG_CONFIG_HOME is ignored, as the XDG spec says
    expect(levels(everywhere, { XDG_CONFIG_HOME: "xdg" }, { "xdg/hadolint.yaml": "ignored: [DL1000]\n" })).toEqual(["no-maintainer:style", "syntax:style"]);
  });

  it("is the user's own: a link to a dotfiles checkout is followed", () => {
    const dotfiles = project({ "hadolint.yaml": "ignored: [DL4000]\n" });
    const user = home({});
    fs.mkdirSync(path.join(user, ".config"));
    fs.symlinkSync(path.join(dotfiles, "hadolint.yaml"), path.join(user, ".config", "hadolint.yaml"));
    expect(levels(user)).toEqual(["syntax:error"]);
  });

  it("a project's .hadolint.yaml or docklint config wins, and --no-config skips it", () => {
    const user = home({ ".config/hadolint.yaml": "ignored: [DL4000, DL1000]\n" });
    expect(levels(user)).toEqual([]);
    expect(levels(user, {}, { ".hadolint.yaml": "ignored: [DL1000]\n" })).toEqual(["no-maintainer:error"]);
    expect(levels(user, {}, { ".docklintrc.yaml": "rules:\n  syntax: warning\n" })).toEqual(["no-maintainer:error", "syntax:warning"]);
    expect(ids(runCli(["-f", "json", "--no-config", "Dockerfile"], { cwd: project({ Dockerfile: TWO_ERRORS }), env: { HOME: user } }).stdout)).toEqual(["no-maintainer:error", "syntax:error"]);
  });
});
