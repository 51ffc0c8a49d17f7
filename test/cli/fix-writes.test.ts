// --fix writes a file only when it still holds the text that was linted, and keeps every name
// of a file with hard links showing the fixed text. The edit "between lint and write" is made by
// a ShellCheck on PATH that saves the file while docklint lints it: the run's own order, no timing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./run-cli.js";

const unfixed = "FROM alpine:3.20\nMAINTAINER Ada\nUSER 1000\nRUN echo hi\n";
const fixed = 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada"\nUSER 1000\nRUN echo hi\n';
const ids = (stdout: string) => JSON.parse(stdout).map((r: { messages: { ruleId: string | null }[] }) => r.messages.map((m) => m.ruleId));

/** A ShellCheck that, when run, saves `edit` into `file` (as an editor would) and finds nothing. */
function editingShellcheck(file: string, edit: string): Record<string, string> {
  const bin = project({ shellcheck: `#!/bin/sh\ncat >/dev/null\nprintf '%s' '${edit}' > '${file}'\necho '{"comments":[]}'\n` });
  fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
  return { PATH: `${bin}${path.delimiter}${process.env.PATH}` };
}

describe("--fix and a file saved while it was linted", () => {
  it("is left with the saved text, said so in one line (exit 2), and reported as it now is; the other files are fixed", () => {
    const cwd = project({ "a/Dockerfile": unfixed, "b/Dockerfile": unfixed.replace("RUN echo hi\n", "") });
    const saved = "FROM alpine:3.20\nMAINTAINER Bob\nUSER 1000\nRUN echo saved\n";
    const run = runCli(["-f", "json", "--fix", "a/Dockerfile", "b/Dockerfile"], { cwd, env: editingShellcheck(path.join(cwd, "a", "Dockerfile"), saved) });
    expect(run.stderr).toBe("docklint: a/Dockerfile changed after it was read for linting; not fixed (run docklint --fix again).\n");
    expect(run.code).toBe(2);
    expect(fs.readFileSync(path.join(cwd, "a", "Dockerfile"), "utf8")).toBe(saved);
    expect(fs.readFileSync(path.join(cwd, "b", "Dockerfile"), "utf8")).toBe(fixed.replace("RUN echo hi\n", ""));
    expect(ids(run.stdout)).toEqual([["no-maintainer"], []]);
    // nothing left behind
    expect(fs.readdirSync(path.join(cwd, "a"))).toEqual(["Dockerfile"]);
  });

  it("a save that keeps the size and the modification time is seen too (content and change time)", () => {
    const cwd = project({ Dockerfile: unfixed });
    const file = path.join(cwd, "Dockerfile");
    const same = unfixed.replace("echo hi", "echo ho");
    const bin = project({ shellcheck: `#!/bin/sh\ncat >/dev/null\nprintf '%s' '${same}' > '${file}'\ntouch -d @0 '${file}'\necho '{"comments":[]}'\n` });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    const run = runCli(["--fix", "Dockerfile"], { cwd, env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    expect(run.stderr).toBe("docklint: Dockerfile changed after it was read for linting; not fixed (run docklint --fix again).\n");
    expect(fs.readFileSync(file, "utf8")).toBe(same);
  });
});

describe("--fix and hard links", () => {
  it("writes the file in place: every name shows the fixed text, with the same inode and mode", () => {
    const cwd = project({ Dockerfile: unfixed });
    const file = path.join(cwd, "Dockerfile");
    fs.chmodSync(file, 0o640);
    fs.linkSync(file, path.join(cwd, "other-name"));
    const inode = fs.statSync(file).ino;
    expect(runCli(["--fix", "--rule", "shellcheck=off", "Dockerfile"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(fs.readFileSync(file, "utf8")).toBe(fixed);
    expect(fs.readFileSync(path.join(cwd, "other-name"), "utf8")).toBe(fixed);
    expect(fs.statSync(file)).toMatchObject({ ino: inode, nlink: 2, mode: fs.statSync(path.join(cwd, "other-name")).mode });
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(cwd).sort()).toEqual(["Dockerfile", "other-name"]);
  });

  it("a shorter fixed text leaves nothing of the old one behind it", () => {
    const cwd = project({ Dockerfile: 'FROM alpine:3.20\nUSER 1000\nCMD ["jupyter", "--ip=\'*\'"]\n' });
    fs.linkSync(path.join(cwd, "Dockerfile"), path.join(cwd, "link"));
    expect(runCli(["--fix", "--rule", "shellcheck=off", "Dockerfile"], { cwd })).toMatchObject({ code: 0, stderr: "" });
    expect(fs.readFileSync(path.join(cwd, "link"), "utf8")).toBe('FROM alpine:3.20\nUSER 1000\nCMD ["jupyter", "--ip=*"]\n');
  });

  // root writes anywhere, so as root the CLI runs as nobody (uid 65534): a real permission error
  it("where the text before fixing cannot be kept beside it, the file is not touched", () => {
    const cwd = project({ "locked/Dockerfile": unfixed });
    const file = path.join(cwd, "locked", "Dockerfile");
    fs.linkSync(file, path.join(cwd, "link"));
    fs.chmodSync(cwd, 0o777);
    fs.chmodSync(file, 0o666);
    fs.chmodSync(path.join(cwd, "locked"), 0o555);
    const run = runCli(["--fix", "--rule", "shellcheck=off", "locked/Dockerfile"], { cwd, ...(process.getuid?.() === 0 ? { uid: 65534 } : {}) });
    expect(run.stderr).toBe("docklint: Cannot write locked/Dockerfile: permission denied; not fixed.\n");
    expect(run.code).toBe(2);
    expect(fs.readFileSync(path.join(cwd, "link"), "utf8")).toBe(unfixed);
    expect(fs.readdirSync(path.join(cwd, "locked"))).toEqual(["Dockerfile"]);
  });
});
