// Every way a run can go wrong, through the built CLI: the exit code, the one line on stderr, and
// the other files still linted. (cli.test.ts has the first cases of each kind; these are the
// reliability ones: size limits, permissions, symlinks, a crashing rule, a file too complex.)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BROKEN, CLEAN, project, runCli } from "./run-cli.js";

const isRoot = process.getuid?.() === 0;
const ids = (stdout: string) => JSON.parse(stdout).map((r: { messages: { ruleId: string | null }[] }) => r.messages.map((m) => m.ruleId));

describe("usage (exit 2)", () => {
  it.each([["lots"], ["10XB"], ["1.5.5MB"], [""]])("--max-file-size %j", (value) => {
    expect(runCli(["--max-file-size", value], { cwd: project({ Dockerfile: CLEAN }) })).toEqual({
      code: 2,
      stdout: "",
      stderr: `docklint: --max-file-size takes a size such as 500KB or 20MB, not '${value}' (see docklint --help).\n`,
    });
  });
});

describe("io (exit 2): the file is reported, the others linted", () => {
  it("--max-file-size refuses larger files without reading them", () => {
    const cwd = project({ "big/Dockerfile": `FROM alpine:3.20\n# ${"x".repeat(2000)}\n`, Dockerfile: BROKEN });
    const run = runCli(["-f", "json", "--max-file-size", "1.5kb", "big/Dockerfile", "Dockerfile"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("docklint: big/Dockerfile is larger than 1.5 KB; not linted (--max-file-size sets the limit).\n");
    expect(ids(run.stdout)).toEqual([["no-maintainer", "syntax"]]);
    expect(runCli(["--max-file-size", "3KB", "big/Dockerfile"], { cwd })).toMatchObject({ code: 0, stderr: "" });
  });

  it("standard input gets the same checks as a file", () => {
    const run = runCli(["--stdin-filename", "web/Dockerfile", "-"], { cwd: project({}), input: Buffer.from("FROM a\0b\n") });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "docklint: web/Dockerfile is a binary file, not a Dockerfile.\n" });
    const big = runCli(["--max-file-size", "10", "-"], { cwd: project({}), input: CLEAN });
    expect(big).toMatchObject({ code: 2, stderr: "docklint: <stdin> is larger than 10 bytes; not linted (--max-file-size sets the limit).\n" });
  });

  it("a symlink loop named on the command line", () => {
    const cwd = project({ Dockerfile: BROKEN });
    fs.symlinkSync("loop", path.join(cwd, "loop"));
    const run = runCli(["-f", "json", "loop", "Dockerfile"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("docklint: Cannot read loop: too many levels of symbolic links.\n");
    expect(ids(run.stdout)).toEqual([["no-maintainer", "syntax"]]);
  });

  it("a directory walk passes symlink loops and links to themselves", () => {
    const cwd = project({ "a/Dockerfile": BROKEN, "a/b/Dockerfile": CLEAN });
    fs.symlinkSync(cwd, path.join(cwd, "a", "b", "up"));
    fs.symlinkSync("self", path.join(cwd, "a", "self"));
    const run = runCli(["-f", "json", "."], { cwd });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(cwd, r.filePath))).toEqual(["a/b/Dockerfile", "a/Dockerfile"]);
  });
});

describe("--fix and files it cannot write (exit 2): the others are still fixed", () => {
  const fixed = 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada"\nUSER 1000\n';
  const unfixed = "FROM alpine:3.20\nMAINTAINER Ada\nUSER 1000\n";

  it("a read-only file is left as it is and keeps its findings in the report, for root too", () => {
    const cwd = project({ "ro/Dockerfile": unfixed, Dockerfile: unfixed });
    fs.chmodSync(path.join(cwd, "ro", "Dockerfile"), 0o444);
    const run = runCli(["-f", "json", "--fix", "ro/Dockerfile", "Dockerfile"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("docklint: ro/Dockerfile is read-only; not fixed.\n");
    expect(fs.readFileSync(path.join(cwd, "ro", "Dockerfile"), "utf8")).toBe(unfixed);
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).toBe(fixed);
    expect(ids(run.stdout)).toEqual([["no-maintainer"], []]);
  });

  // root writes anywhere, so as root the CLI runs as nobody (uid 65534): a real permission error
  it("a directory that cannot be written: the temp file fails, nothing is left behind", () => {
    const cwd = project({ "locked/Dockerfile": unfixed, Dockerfile: unfixed });
    fs.chmodSync(cwd, 0o777);
    fs.chmodSync(path.join(cwd, "Dockerfile"), 0o666);
    fs.chmodSync(path.join(cwd, "locked", "Dockerfile"), 0o666);
    fs.chmodSync(path.join(cwd, "locked"), 0o555);
    const run = runCli(["--fix", "locked/Dockerfile", "Dockerfile"], { cwd, ...(isRoot ? { uid: 65534 } : {}) });
    expect(run.stderr).toBe("docklint: Cannot write locked/Dockerfile: permission denied; not fixed.\n");
    expect(run.code).toBe(2);
    expect(fs.readFileSync(path.join(cwd, "locked", "Dockerfile"), "utf8")).toBe(unfixed);
    expect(fs.readdirSync(path.join(cwd, "locked"))).toEqual(["Dockerfile"]);
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).toBe(fixed);
  });

  it("a symlink stays a link: the file it points at is fixed", () => {
    const cwd = project({ "real/Dockerfile": unfixed });
    fs.symlinkSync(path.join("real", "Dockerfile"), path.join(cwd, "Dockerfile"));
    expect(runCli(["--fix", "Dockerfile"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(fs.lstatSync(path.join(cwd, "Dockerfile")).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(cwd, "real", "Dockerfile"), "utf8")).toBe(fixed);
  });
});

describe("reports go where asked", () => {
  it("-o and -f NAME=FILE create missing parent directories", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["-o", "no/such/dir/report.txt", "-f", "compact", "-f", "json=other/dir/x.json", "Dockerfile"], { cwd });
    expect(run).toMatchObject({ code: 1, stdout: "", stderr: "" });
    expect(fs.readFileSync(path.join(cwd, "no/such/dir/report.txt"), "utf8")).toContain("Dockerfile:2:1: error");
    expect(ids(fs.readFileSync(path.join(cwd, "other/dir/x.json"), "utf8"))).toEqual([["no-maintainer", "syntax"]]);
  });

  it.each([
    ["-o", "Dockerfile/report.txt", "a part of the path is a file, not a directory"],
    ["-f", "json=Dockerfile/x/x.json", "a part of the path is not a directory"],
    ["-o", ".", "it is a directory"],
  ])("a path that cannot be written (%s %s) is one line and exit 2", (flag, value, reason) => {
    const cwd = project({ Dockerfile: BROKEN });
    const file = value.replace(/^json=/, "");
    expect(runCli([flag, value, "Dockerfile"], { cwd })).toEqual({ code: 2, stdout: "", stderr: `docklint: Cannot write the report to ${file}: ${reason}.\n` });
  });
});

describe("config (exit 2)", () => {
  it("a docklint.config.mjs outside the project is not run; the project's files are still linted", () => {
    const outside = project({ "docklint.config.mjs": 'import fs from "node:fs"; fs.writeFileSync(new URL("./ran", import.meta.url), "");\nexport default {};\n', Dockerfile: CLEAN });
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["-f", "json", path.join(outside, "Dockerfile"), "Dockerfile"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `docklint: Not loading ${path.join(outside, "docklint.config.mjs")}: a docklint.config.mjs is code, run only from the working directory, above or below it (name it with -c to run it).\n`,
    );
    expect(fs.existsSync(path.join(outside, "ran"))).toBe(false);
    expect(ids(run.stdout)).toEqual([["no-maintainer", "syntax"]]);
    // from its own directory it is the project's config, and runs
    expect(runCli(["Dockerfile"], { cwd: outside })).toMatchObject({ code: 0, stderr: "" });
    expect(fs.existsSync(path.join(outside, "ran"))).toBe(true);
  });

  it("a YAML syntax error is one complete line: the place and the line it is on", () => {
    const cwd = project({ Dockerfile: CLEAN, ".docklintrc.yaml": "rules:\n  a: b: c\n" });
    expect(runCli(["Dockerfile"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: `docklint: Cannot read config ${path.join(cwd, ".docklintrc.yaml")}: Nested mappings are not allowed in compact mappings at line 2, column 6: "a: b: c"\n`,
    });
    // at the end of the file there is no line to quote
    const unclosed = project({ Dockerfile: CLEAN, ".docklintrc.yaml": "rules:\n  DL3008: [\n" });
    expect(runCli(["Dockerfile"], { cwd: unclosed }).stderr).toBe(
      `docklint: Cannot read config ${path.join(unclosed, ".docklintrc.yaml")}: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1\n`,
    );
  });

  it("a setting of the wrong type is an error naming it, not a crash", () => {
    const cwd = project({ Dockerfile: CLEAN, ".docklintrc.yaml": "overrides:\n  - files: '**'\n    settings:\n      context: 3\n" });
    expect(runCli(["Dockerfile"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: `docklint: Invalid config ${path.join(cwd, ".docklintrc.yaml")}: 'overrides[0].settings.context' must be a directory (a string)\n`,
    });
  });

  it("what a config quotes cannot break the line or reach the terminal as control characters", () => {
    const cwd = project({ Dockerfile: CLEAN, ".docklintrc.json": '{"rules": {"a\\nb\\u001b[31m": "off"}}' });
    expect(runCli(["Dockerfile"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: `docklint: Invalid config ${path.join(cwd, ".docklintrc.json")}: rules.a\\nb\\u001b[31m: unknown rule 'a\\nb\\u001b[31m'\n`,
    });
  });
});

describe("the Dockerfile itself: findings, never an error", () => {
  it("a file past a limit is one too-complex finding (exit 1); the next file is linted", () => {
    const cwd = project({ "huge/Dockerfile": `FROM alpine:3.20\n${"RUN true\n".repeat(10_000)}`, Dockerfile: BROKEN });
    const run = runCli(["-f", "json", "huge/Dockerfile", "Dockerfile"], { cwd });
    expect(run).toMatchObject({ code: 1, stderr: "" });
    const [huge, other] = JSON.parse(run.stdout);
    expect(huge.messages).toEqual([
      {
        ruleId: null,
        level: "error",
        severity: 2,
        messageId: "too-complex",
        message: "Too complex to lint: more than 10000 instructions (docklint's limit for one file); no rule was run.",
        line: 10_001,
        column: 1,
        endLine: 10_001,
        endColumn: 1,
      },
    ]);
    expect(other.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["no-maintainer", "syntax"]);
  });
});

describe("internal (exit 3): a crashing rule is one finding, the other rules and files still run", () => {
  it("ShellCheck printing what is not JSON", () => {
    // it reads the script first, as ShellCheck does: exiting unread races spawnSync's write (EPIPE)
    const bin = project({ shellcheck: "#!/bin/sh\ncat >/dev/null\necho 'this is not JSON'\n" });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    const cwd = project({ "a/Dockerfile": "FROM alpine:3.20\nMAINTAINER Ada\nRUN echo hi\n", Dockerfile: BROKEN });
    const run = runCli(["-f", "json", "a/Dockerfile", "Dockerfile"], { cwd, env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    expect(run.code).toBe(3);
    const [a, other] = JSON.parse(run.stdout);
    const internal = a.messages.find((m: { messageId?: string }) => m.messageId === "internal");
    expect(internal).toMatchObject({ ruleId: "shellcheck", level: "error", line: 3, column: 1 });
    expect(internal.message).toMatch(/^Internal error in rule 'shellcheck': .*JSON.*\. Please report it; the other rules still ran\.$/);
    expect(a.messages.map((m: { ruleId: string }) => m.ruleId)).toContain("no-maintainer");
    expect(other.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["no-maintainer", "syntax"]);
    expect(run.stderr).toBe(`docklint: a/Dockerfile:3:1: ${internal.message}\n`);
  });
});

describe("DOCKLINT_ERRORS_FILE: the errors as JSON lines for the program that ran docklint (the GitHub Action)", () => {
  it("holds each error with its kind, and not the notices stderr also carries", () => {
    const cwd = project({ Dockerfile: "FROM alpine:3.20\nUSER 1000\nRUN echo hi\n", "empty-bin/.keep": "" });
    const errorsFile = path.join(cwd, "errors.jsonl");
    // the shellcheck rule, turned on with no shellcheck on PATH, says so in a notice
    const run = runCli(["--rule", "shellcheck=warning", "Dockerfile", "missing/Dockerfile"], { cwd, env: { DOCKLINT_ERRORS_FILE: errorsFile, PATH: path.join(cwd, "empty-bin") } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "docklint: shellcheck is not on PATH: the shellcheck rule was skipped (install Debian's shellcheck package).\ndocklint: No such file or directory: missing/Dockerfile.\n",
    );
    expect(fs.readFileSync(errorsFile, "utf8")).toBe('{"kind":"io","message":"No such file or directory: missing/Dockerfile."}\n');
  });

  it("holds the error that stops a run before linting", () => {
    const cwd = project({ Dockerfile: CLEAN });
    const errorsFile = path.join(cwd, "errors.jsonl");
    const run = runCli(["--rule", "no-such-rule=error", "Dockerfile"], { cwd, env: { DOCKLINT_ERRORS_FILE: errorsFile } });
    expect(run.code).toBe(2);
    const [line, ...others] = fs.readFileSync(errorsFile, "utf8").split("\n").filter(Boolean);
    expect(others).toEqual([]);
    expect(run.stderr).toBe(`docklint: ${JSON.parse(line).message}\n`);
    expect(JSON.parse(line).kind).toBe("config");
  });
});
