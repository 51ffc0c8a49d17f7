// Every file docklint reads is treated as written by an attacker: a FIFO, a device or a socket
// where a Dockerfile, config, ignore file or cache should be is refused with one line (it would
// hang or flood the run), and a link that docklint found by itself (not one the user named) is
// followed only inside its tree (docs/security.md), so a committed `Dockerfile -> /etc/shadow`
// or a directory link to `/` cannot make it read, print or write what is outside the project.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BROKEN, CLEAN, CLI, project, runCli } from "./run-cli.js";

/** A run that would block on a FIFO is killed after this long: it then fails with code null. */
const hangGuardMs = 60_000;
const run = (args: string[], cwd: string) => runCli(args, { cwd, hangGuardMs });
const files = (stdout: string, cwd: string) => JSON.parse(stdout).map((r: { filePath: string }) => path.relative(fs.realpathSync(cwd), r.filePath));
const mkfifo = (file: string) => execFileSync("mkfifo", [file]);
const real = (dir: string) => fs.realpathSync(dir);

describe("a FIFO or a device is refused with one line, never read", () => {
  it.each([
    ["a FIFO", (file: string) => mkfifo(file), "a FIFO"],
    ["a link to /dev/zero", (file: string) => fs.symlinkSync("/dev/zero", file), "a character device"],
  ])("a Dockerfile named on the command line that is %s", (_, make, kind) => {
    const cwd = project({ "ok/Dockerfile": BROKEN });
    make(path.join(cwd, "Dockerfile"));
    const result = run(["-f", "json", "Dockerfile", "ok/Dockerfile"], cwd);
    expect(result.stderr).toBe(`docklint: Cannot read Dockerfile: it is ${kind}, not a regular file.\n`);
    expect(result.code).toBe(2);
    expect(files(result.stdout, cwd)).toEqual(["ok/Dockerfile"]);
  });

  it("a FIFO named Dockerfile found in a directory", () => {
    const cwd = project({ "ok/Dockerfile": BROKEN });
    mkfifo(path.join(cwd, "Dockerfile"));
    const result = run(["-f", "json", "."], cwd);
    expect(result.stderr).toBe("docklint: Cannot read Dockerfile: it is a FIFO, not a regular file.\n");
    expect(result.code).toBe(2);
    expect(files(result.stdout, cwd)).toEqual(["ok/Dockerfile"]);
  });

  it.each([
    ["a directory", (file: string) => fs.mkdirSync(file), "a directory"],
    ["a FIFO", (file: string) => mkfifo(file), "a FIFO"],
  ])("a .gitignore that is %s: one line, and the directory is searched without it", (_, make, kind) => {
    const cwd = project({ "a/Dockerfile": BROKEN, "b/Dockerfile": CLEAN });
    make(path.join(cwd, "a", ".gitignore"));
    const result = run(["-f", "json", "."], cwd);
    expect(result.stderr).toBe(`docklint: Cannot read a/.gitignore: it is ${kind}, not a regular file; its directory was searched without it.\n`);
    expect(result.code).toBe(2);
    expect(files(result.stdout, cwd)).toEqual(["a/Dockerfile", "b/Dockerfile"]);
  });

  it("a .dockerignore that is a FIFO: the Dockerfile it belongs to is not linted, the others are", () => {
    const cwd = project({ "a/Dockerfile": "FROM alpine:3.20\nUSER 1000\nCOPY data /data\n", "b/Dockerfile": BROKEN });
    mkfifo(path.join(cwd, "a", ".dockerignore"));
    const result = run(["-f", "json", "."], cwd);
    expect(result.stderr).toBe("docklint: Cannot read a/.dockerignore: it is a FIFO, not a regular file.\n");
    expect(result.code).toBe(2);
    expect(files(result.stdout, cwd)).toEqual(["b/Dockerfile"]);
  });

  it.each([
    ["a FIFO", (file: string) => mkfifo(file), "a FIFO"],
    ["a link to /dev/zero", (file: string) => fs.symlinkSync("/dev/zero", file), "a character device"],
  ])("a config named with -c that is %s", (_, make, kind) => {
    const cwd = project({ Dockerfile: BROKEN });
    make(path.join(cwd, "rules.yaml"));
    const result = run(["-c", "rules.yaml", "Dockerfile"], cwd);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `docklint: Cannot read config ${path.join(cwd, "rules.yaml")}: it is ${kind}, not a regular file\n` });
  });

  it("a config found beside the Dockerfile that is a FIFO", () => {
    const cwd = project({ Dockerfile: BROKEN });
    mkfifo(path.join(cwd, ".docklintrc.yaml"));
    const result = run(["Dockerfile"], cwd);
    expect(result).toMatchObject({ code: 2, stderr: `docklint: Cannot read config ${path.join(cwd, ".docklintrc.yaml")}: it is a FIFO, not a regular file\n` });
  });

  it("standard input is read up to --max-file-size, not to its end: /dev/zero has none", () => {
    const zero = fs.openSync("/dev/zero", "r");
    try {
      const result = spawnSync(process.execPath, [CLI, "-"], { cwd: project({}), stdio: [zero, "pipe", "pipe"], encoding: "utf8", timeout: hangGuardMs, killSignal: "SIGKILL" });
      expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        code: 2,
        stdout: "",
        stderr: "docklint: <stdin> is larger than 10 MB; not linted (--max-file-size sets the limit).\n",
      });
    } finally {
      fs.closeSync(zero);
    }
  });
});

describe("links docklint finds stay inside the tree; what the user names is followed", () => {
  const SECRET = "FROM secret\nRUN echo the-secret-line\n";

  it("a directory search neither lints a file link nor walks a directory link that leaves it", () => {
    const outside = project({ Dockerfile: SECRET, "deep/Dockerfile": SECRET });
    const cwd = project({ "app/Dockerfile": BROKEN });
    fs.symlinkSync(path.join(outside, "Dockerfile"), path.join(cwd, "Dockerfile"));
    fs.symlinkSync(outside, path.join(cwd, "elsewhere"));
    // a link inside the tree is followed
    fs.symlinkSync(path.join(cwd, "app", "Dockerfile"), path.join(cwd, "app.Dockerfile"));
    const result = run(["-f", "json", "."], cwd);
    expect(result.stdout).not.toContain("the-secret-line");
    expect(files(result.stdout, cwd)).toEqual(["app/Dockerfile", "app.Dockerfile"]);
    expect(result.stderr).toBe(
      `docklint: Dockerfile was not linted: it links to ${real(outside)}/Dockerfile, outside ${real(cwd)} (name it on the command line to lint it).\n` +
        `docklint: elsewhere/ was not searched: it links to ${real(outside)}, outside ${real(cwd)} (name it on the command line to lint it).\n`,
    );
    expect(result.code).toBe(1);
  });

  it("a directory link to / is not walked", () => {
    const cwd = project({ "app/Dockerfile": CLEAN });
    fs.symlinkSync("/", path.join(cwd, "root"));
    const result = run(["-f", "json", "."], cwd);
    expect(files(result.stdout, cwd)).toEqual(["app/Dockerfile"]);
    expect(result.stderr).toBe(`docklint: root/ was not searched: it links to /, outside ${real(cwd)} (name it on the command line to lint it).\n`);
    expect(result.code).toBe(0);
  });

  it("a file named on the command line is the user's choice: its link is followed", () => {
    const outside = project({ Dockerfile: BROKEN });
    const cwd = project({});
    fs.symlinkSync(path.join(outside, "Dockerfile"), path.join(cwd, "Dockerfile"));
    expect(run(["-f", "json", "Dockerfile"], cwd)).toMatchObject({ code: 1, stderr: "" });
  });

  it("a config found upward that links out of the tree is refused; named with -c it is read", () => {
    const outside = project({ "secret.yaml": "the-secret-line: 1\n" });
    const cwd = project({ Dockerfile: BROKEN });
    fs.symlinkSync(path.join(outside, "secret.yaml"), path.join(cwd, ".hadolint.yaml"));
    const result = run(["Dockerfile"], cwd);
    expect(result.stderr).toBe(
      `docklint: Not reading ${path.join(cwd, ".hadolint.yaml")}: it links to ${real(outside)}/secret.yaml, outside ${real(cwd)} (name it with -c to use it).\n`,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).not.toContain("the-secret-line");
    // a link inside the tree is read
    fs.rmSync(path.join(cwd, ".hadolint.yaml"));
    fs.writeFileSync(path.join(cwd, "shared.yaml"), "ignored: [DL4000]\n");
    fs.symlinkSync("shared.yaml", path.join(cwd, ".hadolint.yaml"));
    expect(run(["-f", "json", "Dockerfile"], cwd).stdout).not.toContain("no-maintainer");
    // named, it is read wherever it is: its key is reported as unknown
    const named = run(["-c", path.join(outside, "secret.yaml"), "Dockerfile"], cwd);
    expect(named).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown key 'the-secret-line'") });
  });

  it("a .dockerignore that links out of the tree is refused", () => {
    const outside = project({ "ignore": "data\n" });
    const cwd = project({ Dockerfile: "FROM alpine:3.20\nUSER 1000\nCOPY data /data\n" });
    fs.symlinkSync(path.join(outside, "ignore"), path.join(cwd, ".dockerignore"));
    const result = run(["-f", "json", "Dockerfile"], cwd);
    expect(result.stderr).toBe(`docklint: Not reading .dockerignore: it links to ${real(outside)}/ignore, outside ${real(cwd)}.\n`);
    expect(result.code).toBe(2);
  });

  it("a .gitignore that links out of the tree is not read", () => {
    const outside = project({ "ignore": "a/\n" });
    const cwd = project({ "a/Dockerfile": BROKEN });
    fs.symlinkSync(path.join(outside, "ignore"), path.join(cwd, ".gitignore"));
    const result = run(["-f", "json", "."], cwd);
    expect(result.stderr).toBe(`docklint: Cannot read .gitignore: it links to ${real(outside)}/ignore, outside ${real(cwd)}; its directory was searched without it.\n`);
    expect(files(result.stdout, cwd)).toEqual(["a/Dockerfile"]);
  });

  it("--fix does not write through a link that leaves the working directory, even for a named file", () => {
    const unfixed = "FROM alpine:3.20\nMAINTAINER Ada\nUSER 1000\n";
    const outside = project({ Dockerfile: unfixed });
    const cwd = project({});
    fs.symlinkSync(path.join(outside, "Dockerfile"), path.join(cwd, "Dockerfile"));
    const result = run(["-f", "json", "--fix", "Dockerfile"], cwd);
    expect(result.stderr).toBe(`docklint: Dockerfile links to ${real(outside)}/Dockerfile, outside ${real(cwd)}; not fixed.\n`);
    expect(result.code).toBe(2);
    expect(fs.readFileSync(path.join(outside, "Dockerfile"), "utf8")).toBe(unfixed);
    expect(JSON.parse(result.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["no-maintainer"]);
  });
});
