import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shellcheckAvailable } from "../../src/shell/shellcheck.js";
import { lintText, rules } from "../../src/index.js";
import { LIMITS } from "../../src/parse/limits.js";
import { project, runCli } from "../cli/run-cli.js";
import { testRule } from "../rule-tester.js";

/** A config with only the shellcheck rule on. */
const onlyShellcheck = () => {
  const others = Object.keys(rules).filter((id) => id !== "shellcheck");
  return JSON.stringify({ rules: { shellcheck: "warning", ...Object.fromEntries(others.map((id) => [id, "off"])) } });
};

// CI installs Debian's shellcheck (.ci/run): there the findings below must be found.
if (process.env.CI) it("CI has shellcheck on PATH", () => expect(shellcheckAvailable()).toBe(true));

describe.runIf(shellcheckAvailable())("with the shellcheck binary", () => {
  testRule("shellcheck", {
    valid: [
      'FROM alpine:3.20\nRUN echo "ok"\n',
      { name: "ARG and ENV names are declared to ShellCheck", code: 'FROM alpine:3.20\nARG version=1\nENV home_dir=/x\nRUN echo "$version $home_dir"\n' },
      { name: "exec form is not shell", code: 'FROM alpine:3.20\nRUN ["sh", "-c", "echo $x"]\n' },
      { name: "PowerShell stages are not checked", code: 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nSHELL ["pwsh", "-Command"]\nRUN echo $env:PATH | Out-Null\n' },
      { name: "a pragma naming the code silences it", code: "FROM alpine:3.20\n# hadolint ignore=SC2086\nRUN echo $HOME\n" },
      {
        name: "sourced files live in the image, not the context: SC1090 and SC1091 are left out, as in hadolint",
        code: 'FROM debian:12\nARG ENV_FILE=/etc/profile\nRUN . /etc/os-release && . "$ENV_FILE" && echo "$ID"\n',
      },
      { name: "bash syntax under a bash SHELL", code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN if [[ -f /etc/os-release ]]; then echo yes; fi\n' },
      // busybox is ShellCheck 0.10's; with an older one (Debian 12's 0.9) it was an internal error (corpus 02685)
      { name: "an ash SHELL, whatever ShellCheck version knows it", code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN echo "ok"\n' },
    { name: "difference: a RUN for zsh, which ShellCheck does not know, is not checked", code: 'FROM alpine:3.20\nSHELL ["/bin/zsh", "-c"]\nRUN echo $undefined_var\n' },
    { name: "difference: a PowerShell RUN is not checked", code: 'FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-c"]\nRUN Write-Host $undefined_var\n' },
    ],
    invalid: [
      {
        name: "the exact word inside a multi-line RUN, with ShellCheck's code and severity",
        code: "FROM alpine:3.20\nRUN apk add curl \\\n    && echo $HOME\n",
        errors: [{ messageId: "SC2086", message: /^SC2086: Double quote/, line: 3, column: 13 }],
        output: null,
      },
      {
        name: "sh dialect by default: [[ is not POSIX",
        code: "FROM alpine:3.20\nRUN if [[ -f /x ]]; then echo y; fi\n",
        errors: [{ messageId: "SC3010", line: 2, column: 8 }],
        output: null,
      },
      {
        name: "a heredoc body run by the shell, at its own line",
        code: 'FROM alpine:3.20\nRUN <<EOF\necho "a"\ncd /tmp\nEOF\n',
        errors: [{ messageId: "SC2164", line: 4, column: 1 }],
        output: null,
      },
      {
        // only the names a script could mean are declared to ShellCheck: this one is two edits away
        name: "an ARG misspelt in the RUN: ShellCheck offers the declared name",
        code: 'FROM alpine:3.20\nARG MY_VERSION=1\nRUN echo "$MY_VERSON"\n',
        errors: [{ messageId: "SC2153", message: /Did you mean MY_VERSION\?$/, line: 3, column: 11, endLine: 3, endColumn: 21 }],
        output: null,
      },
      {
        name: "an undeclared lower-case variable",
        code: "FROM alpine:3.20\nRUN echo \"$undeclared\"\n",
        errors: [{ messageId: "SC2154", line: 2, column: 11 }],
        output: null,
      },
    ],
  });

  it("keeps ShellCheck's severities as levels, and config can change one code", () => {
    const cwd = project({ Dockerfile: "FROM alpine:3.20\nRUN echo $HOME\n", ".dockerignore": "" });
    const levels = (args: string[]) =>
      JSON.parse(runCli(["-f", "json", ...args, "Dockerfile"], { cwd }).stdout)[0].messages.map((m: { messageId: string; level: string }) => `${m.messageId}:${m.level}`);
    expect(levels([])).toEqual(["SC2086:info"]);
    expect(levels(["--rule", "SC2086=error"])).toEqual(["SC2086:error"]);
    expect(levels(["--rule", "SC2086=off"])).toEqual([]);
  });

  it("reads no .shellcheckrc and follows no sourced file from the linted tree", () => {
    const cwd = project({
      ".shellcheckrc": "external-sources=true\ndisable=SC2086\n",
      "secret.sh": "echo $1\n",
      Dockerfile: "FROM alpine:3.20\nRUN echo $HOME\nRUN <<EOF\n# shellcheck source=secret.sh\n. ./secret.sh\nEOF\n",
      ".dockerignore": "",
    });
    const messages = JSON.parse(runCli(["-f", "json", "Dockerfile"], { cwd }).stdout)[0].messages as { messageId: string; line: number; message: string }[];
    // the rc's disable= did not apply, and the sourced file's own unquoted $1 was not read
    // (SC1091, "not following ./secret.sh", is one of the codes left out, as in hadolint)
    expect(messages.filter((m) => m.messageId.startsWith("SC")).map((m) => `${m.messageId}@${m.line}`)).toEqual(["SC2086@2"]);
  });
});

describe("ShellCheck is given only what docklint's limits allow", () => {
  it("a script past the word limit is too complex before ShellCheck runs, even with every other rule off", () => {
    const bin = project({ shellcheck: `#!/bin/sh\ncat >/dev/null\ntouch "$(dirname "$0")/ran"\necho '{"comments":[]}'\n` });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    const others = Object.keys(rules).filter((id) => id !== "shellcheck");
    const cwd = project({
      ".docklintrc.json": JSON.stringify({ rules: { shellcheck: "warning", ...Object.fromEntries(others.map((id) => [id, "off"])) } }),
      Dockerfile: `FROM alpine:3.20\nRUN <<EOF\npip install${" a".repeat(LIMITS.words)}\nEOF\n`,
    });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd, env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    expect(JSON.parse(run.stdout)[0].messages.map((m: { messageId: string }) => m.messageId)).toEqual(["too-complex"]);
    expect(fs.existsSync(path.join(bin, "ran"))).toBe(false);
  });
});

describe("ShellCheck runs with bounded memory and within the file's time limit", () => {
  const fakeShellcheck = (body: string) => {
    const bin = project({ shellcheck: `#!/bin/sh\ncat >/dev/null\n${body}` });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    return bin;
  };

  it.runIf(process.platform !== "win32")("starts it with a memory limit of 512 MB", () => {
    const bin = fakeShellcheck(`ulimit -v > "$(dirname "$0")/limit"\necho '{"comments":[]}'\n`);
    const cwd = project({ ".docklintrc.json": onlyShellcheck(), Dockerfile: "FROM alpine:3.20\nRUN echo hi\n" });
    runCli(["Dockerfile"], { cwd, env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    expect(fs.readFileSync(path.join(bin, "limit"), "utf8").trim()).toBe(String(512 * 1024));
  });

  it("a script ShellCheck runs out of memory on is reported as not checked, at the script", () => {
    const bin = fakeShellcheck(`echo 'shellcheck: out of memory' >&2\nexit 251\n`);
    const cwd = project({ ".docklintrc.json": onlyShellcheck(), Dockerfile: "FROM alpine:3.20\nRUN echo $a \\\n  $b\n" });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd, env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    const found = JSON.parse(run.stdout)[0].messages.map((m: Record<string, unknown>) => [m.messageId, m.line, m.column, m.endLine, m.endColumn, m.message]);
    expect(found).toEqual([["stopped", 2, 5, 3, 5, "ShellCheck ran out of memory (its limit is 512 MB) on this script, so it was not checked."]]);
  });

  it.runIf(shellcheckAvailable())("a script that keeps ShellCheck past the file's time limit makes the file too complex", async () => {
    // 16,384 unquoted `$a`: ShellCheck 0.9 takes about 45 s on it
    const text = `FROM alpine:3.20\nRUN echo${" $a".repeat(16_384)}\n`;
    const result = await lintText(text, { noConfig: true, timeLimit: 1, rules: { shellcheck: "warning" } });
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.message])).toEqual([
      [null, "too-complex", 2, 5, "Too complex to lint: linting it took more than 1 second (docklint's limit for one file); no rule was run."],
    ]);
  });
});

describe("without the shellcheck binary", () => {
  it("skips the rule and says so once on stderr", () => {
    const cwd = project({ Dockerfile: "FROM alpine:3.20\nRUN echo $HOME\nRUN echo $PATH\n", ".dockerignore": "" });
    const run = runCli(["--rule", "shellcheck=warning", "Dockerfile"], { cwd, env: { PATH: path.join(cwd, "no-tools-here") } });
    expect(run.stderr).toBe("docklint: shellcheck is not on PATH: the shellcheck rule was skipped (install Debian's shellcheck package).\n");
    expect(run.code).toBe(0);
  });
});

describe("ShellCheck in batches", () => {
  // logs how many scripts each run is given; runs out of memory on any script that says "oom";
  // reports column 6 of each script's last line
  const fakeShellcheck = () => {
    const bin = project({
      shellcheck: `#!/bin/sh
if [ "$1" = --version ]; then echo "version: 0.0.1"; exit 0; fi
while [ $# -gt 0 ] && [ "$1" != -- ]; do shift; done; shift
echo "$#" >> "$(dirname "$0")/calls"
if grep -q oom "$@"; then echo 'shellcheck: out of memory' >&2; exit 251; fi
printf '{"comments":['; sep=""
for f in "$@"; do n=$(grep -c '' "$f"); printf '%s{"file":"%s","line":%s,"endLine":%s,"column":6,"endColumn":7,"level":"warning","code":9999,"message":"checked","fix":null}' "$sep" "$f" "$n" "$n"; sep=","; done
printf ']}'
`,
    });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    return { env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` }, calls: () => fs.readFileSync(path.join(bin, "calls"), "utf8").trim().split("\n").map(Number) };
  };
  const found = (stdout: string) => JSON.parse(stdout)[0].messages.map((m: Record<string, unknown>) => [m.messageId, m.line, m.column, m.endLine, m.endColumn]);

  it("checks one file's scripts in one process", () => {
    const { env, calls } = fakeShellcheck();
    const cwd = project({ ".docklintrc.json": onlyShellcheck(), Dockerfile: "FROM alpine:3.20\nRUN echo a\nRUN echo b\nRUN <<EOF\necho c\nEOF\n" });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd, env });
    expect(found(run.stdout)).toEqual([
      ["SC9999", 2, 10, 2, 11],
      ["SC9999", 3, 10, 3, 11],
      ["SC9999", 5, 6, 5, 7],
    ]);
    expect(calls()).toEqual([3]);
  });

  it("a batch that fails is checked again one script per process, and only the script that fails alone is not checked", () => {
    const { env, calls } = fakeShellcheck();
    const cwd = project({ ".docklintrc.json": onlyShellcheck(), Dockerfile: "FROM alpine:3.20\nRUN echo a\nRUN echo oom\nRUN echo c\n" });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd, env });
    expect(found(run.stdout)).toEqual([
      ["SC9999", 2, 10, 2, 11],
      ["stopped", 3, 5, 3, 13],
      ["SC9999", 4, 10, 4, 11],
    ]);
    expect(calls()).toEqual([3, 1, 1, 1]);
  });

  it("a larger batch that fails runs again in eighths, then the failing eighth one script per process", () => {
    const { env, calls } = fakeShellcheck();
    const runs = Array.from({ length: 10 }, (_, i) => `RUN echo ${i === 3 ? "oom" : i}\n`).join("");
    const cwd = project({ ".docklintrc.json": onlyShellcheck(), Dockerfile: `FROM alpine:3.20\n${runs}` });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd, env });
    expect(found(run.stdout).map(([id, line]: [string, number]) => `${id}@${line}`)).toEqual(
      Array.from({ length: 10 }, (_, i) => `${i === 3 ? "stopped" : "SC9999"}@${i + 2}`),
    );
    // 10 scripts, five parts of two, the part with "oom" one script per process (processes may run at once)
    expect(calls().sort((a, b) => a - b)).toEqual([1, 1, 2, 2, 2, 2, 2, 10]);
  });

  it("checks a script once per run, and with --cache once while ShellCheck's version is the same", () => {
    const { env, calls } = fakeShellcheck();
    const files = { ".docklintrc.json": onlyShellcheck(), "a/Dockerfile": "FROM alpine:3.20\nRUN echo a\nRUN echo b\n", "b/Dockerfile": "FROM alpine:3.20\nRUN echo a\n" };
    const cwd = project(files);
    const first = runCli(["-f", "json", "--cache", "."], { cwd, env });
    expect(JSON.parse(first.stdout).map((r: { messages: unknown[] }) => r.messages.length)).toEqual([2, 1]);
    expect(calls()).toEqual([2]);
    // a changed file whose RUNs were checked before: only its new script goes to ShellCheck
    fs.writeFileSync(path.join(cwd, "a", "Dockerfile"), "FROM alpine:3.20\nRUN echo a\nRUN echo b\nRUN echo new\n");
    const second = runCli(["-f", "json", "--cache", "."], { cwd, env });
    expect(found(second.stdout)).toEqual([
      ["SC9999", 2, 10, 2, 11],
      ["SC9999", 3, 10, 3, 11],
      ["SC9999", 4, 10, 4, 11],
    ]);
    expect(calls()).toEqual([2, 1]);
  });

  it("with worker threads, a worker takes its next files while ShellCheck checks the last ones' scripts, so its batches fill", () => {
    // each process takes a second: a worker that waited for a batch's answers before taking more
    // files would run a process per batch of files (8 here), not one for its first batch and one for the rest
    const bin = project({
      shellcheck: `#!/bin/sh
while [ $# -gt 0 ] && [ "$1" != -- ]; do shift; done; shift
echo "$#" >> "$(dirname "$0")/calls"
sleep 1
printf '{"comments":['; sep=""
for f in "$@"; do printf '%s{"file":"%s","line":2,"endLine":2,"column":6,"endColumn":7,"level":"warning","code":9999,"message":"checked","fix":null}' "$sep" "$f"; sep=","; done
printf ']}'
`,
    });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    const files = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`d${i}/Dockerfile`, `FROM alpine:3.20\nRUN echo ${i}\n`]));
    const cwd = project({ ".docklintrc.json": onlyShellcheck(), ...files });
    const run = runCli(["-f", "json", "--jobs", "2", "."], { cwd, env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    const results = JSON.parse(run.stdout) as { messages: { messageId: string }[] }[];
    expect(results.map((r) => r.messages.map((m) => m.messageId))).toEqual(Array.from({ length: 64 }, () => ["SC9999"]));
    const calls = fs.readFileSync(path.join(bin, "calls"), "utf8").trim().split("\n").map(Number);
    expect(calls.reduce((a, b) => a + b, 0)).toBe(64);
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  it("--timing says what ShellCheck did and how long the run waited for it, on one thread and with workers", () => {
    const { env } = fakeShellcheck();
    const files = { ".docklintrc.json": onlyShellcheck(), "a/Dockerfile": "FROM alpine:3.20\nRUN echo a\nRUN echo b\n", "b/Dockerfile": "FROM alpine:3.20\nRUN echo a\n" };
    const cwd = project(files);
    for (const jobs of ["1", "2"]) {
      const run = runCli(["-f", "json", "--timing", "--jobs", jobs, "."], { cwd, env });
      const phases = run.stderr.split("\n\n")[1].trim().split("\n").slice(2).map((row) => row.split(" |")[0].trim());
      expect(phases).toContain("waiting for ShellCheck");
      // three scripts asked for, two of them different; with workers each thread asks for its own
      expect(run.stderr).toMatch(jobs === "1" ? /^ShellCheck: 3 scripts asked, 2 run in 1 processes .*, \d+\.\d s in processes beside the phases above$/m : /^ShellCheck: 3 scripts asked, [23] run in [12] processes /m);
    }
    // without later checks, no such phase and no such line
    const off = runCli(["-f", "json", "--timing", "--rule", "shellcheck=off", "."], { cwd, env });
    expect(off.stderr).not.toContain("ShellCheck");
  });

  it("a stored result of the wrong shape is not used", () => {
    const { env, calls } = fakeShellcheck();
    const cwd = project({ ".docklintrc.json": onlyShellcheck(), Dockerfile: "FROM alpine:3.20\nRUN echo a\n" });
    runCli(["--cache", "Dockerfile"], { cwd, env });
    const cacheFile = path.join(cwd, ".docklintcache");
    const cache = JSON.parse(fs.readFileSync(cacheFile, "utf8"));
    cache.entries = {};
    for (const key of Object.keys(cache.later)) cache.later[key] = [{ code: 1, level: "warning", message: "\u001b[2J", line: 1, column: 1, endLine: 1, endColumn: 1 }];
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    const run = runCli(["-f", "json", "--cache", "Dockerfile"], { cwd, env });
    expect(found(run.stdout)).toEqual([["SC9999", 2, 10, 2, 11]]);
    expect(calls()).toEqual([1, 1]);
  });
});
