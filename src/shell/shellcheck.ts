// Finds the `shellcheck` binary (Debian's package), the only program docklint ever starts, and runs
// it on one script on standard input, blocking (the engine's synchronous path; a session batches
// scripts with shellcheck-runner.ts). Absent binary: callers skip the check.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { now } from "../source/clock.js";
import { namesShellcheckCompares } from "./shellcheck-names.js";

export interface ShellcheckComment {
  code: number;
  level: "error" | "warning" | "info" | "style";
  message: string;
  /** 1-based, in the script as given; json1 counts a tab as one column. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Shells ShellCheck knows, by the program's base name. */
const DIALECTS: Record<string, string> = { sh: "sh", dash: "dash", bash: "bash", ksh: "ksh", ash: "busybox", busybox: "busybox" };

export function shellcheckDialect(shell: string): string | null {
  return DIALECTS[path.basename(shell)] ?? null;
}

let lookups: { paths: string[]; found: boolean } | null = null;
/** Dialects the installed ShellCheck does not know. */
const unknownDialects = new Set<string>();

/** The places looked at for `shellcheck` on PATH, up to the one found (looked up once, without starting it). */
export function shellcheckLookups(): string[] {
  return lookup().paths;
}

/** Whether `shellcheck` is on PATH. */
export function shellcheckAvailable(): boolean {
  return lookup().found;
}

function lookup(): { paths: string[]; found: boolean } {
  if (lookups) return lookups;
  const paths: string[] = [];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "shellcheck");
    paths.push(candidate);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return (lookups = { paths, found: true });
    } catch {
      // not here: the next directory
    }
  }
  return (lookups = { paths, found: false });
}

/**
 * Memory ShellCheck may take (`ulimit -v`): its use grows faster than the script, so 49 KB
 * of `$a $a ...` took 270 MB and 45 s, and larger ones gigabytes. The largest RUN of the test
 * corpus needs a few tens of MB.
 */
export const SHELLCHECK_MEMORY_MB = 512;
/** Seconds one ShellCheck run may take when the file's own time limit does not come first. */
const MAX_SECONDS = 20;

/** ShellCheck did not finish: the file's time limit came first, or its memory ran out. */
export interface ShellcheckStopped {
  stopped: "time" | "memory";
}

/**
 * Codes left out, as hadolint leaves them out: SC1090 and SC1091 say ShellCheck did not follow a
 * sourced file (`. /etc/os-release`), which lives in the image, not in the build context, so it
 * could never be given; SC2187 says an ash script is checked as dash, which is what is meant.
 */
export const EXCLUDED_CODES = ["SC1090", "SC1091", "SC2187"] as const;

/** A script as ShellCheck is to read it: made once, by shellcheckRequest, and checked now or later. */
export interface ShellcheckRequest {
  /** ShellCheck's name for the shell (shellcheckDialect). */
  dialect: string;
  /** The script, after a line of ours when it has declared names to give. */
  text: string;
  /** The number of lines of ours before the script. */
  shift: number;
}

/**
 * What ShellCheck reads for a script: `declared` names (those a shell can have) are exported on
 * a first line of our own, so ARG and ENV variables are not taken for unassigned ones. Only the
 * names that can change what ShellCheck says are given (namesShellcheckCompares).
 */
export function shellcheckRequest(script: string, dialect: string, declared: string[]): ShellcheckRequest {
  const names = namesShellcheckCompares(script, declared.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)));
  return names.length ? { dialect, text: `export ${names.join(" ")}\n${script}`, shift: 1 } : { dialect, text: script, shift: 0 };
}

/**
 * ShellCheck's findings for a script, one process reading it on standard input and blocking
 * until it ends: the engine's synchronous lintText (the rule tests, scripts). A session uses
 * ShellcheckRunner. Lines are given back without the request's own.
 * `stopAt` (src/source/clock.ts's clock) ends the run early, as the file's time limit.
 */
export function runShellcheck({ dialect, text, shift }: ShellcheckRequest, stopAt = Number.POSITIVE_INFINITY): ShellcheckComment[] | ShellcheckStopped {
  const timeout = Math.max(1, Math.min(MAX_SECONDS * 1000, Math.floor(stopAt - now())));
  // child_process (with net and dgram, ~2 ms) is loaded here, not at start-up: most runs start no process
  const { spawnSync } = process.getBuiltinModule("node:child_process");
  // --norc, and a working directory outside the linted tree: a .shellcheckrc there could turn on
  // external-sources and make ShellCheck read any file a `# shellcheck source=` comment names
  const args = (shell: string) => ["--norc", "--format=json1", `--shell=${shell}`, `--exclude=${EXCLUDED_CODES.join(",")}`, "-"];
  const run = (shell: string) =>
    process.platform === "win32"
      ? spawnSync("shellcheck", args(shell), { cwd: os.tmpdir(), input: text, encoding: "utf8", timeout, maxBuffer: 16 * 1024 * 1024 })
      : // a shell sets the memory limit and becomes ShellCheck; the script is ShellCheck's input, never the shell's
        spawnSync("/bin/sh", ["-c", `ulimit -v ${SHELLCHECK_MEMORY_MB * 1024} 2>/dev/null; exec shellcheck "$@"`, "sh", ...args(shell)], {
          cwd: os.tmpdir(),
          input: text,
          encoding: "utf8",
          timeout,
          maxBuffer: 16 * 1024 * 1024,
        });
  let result = run(unknownDialects.has(dialect) ? "sh" : dialect);
  // `busybox` needs ShellCheck 0.10; older ones (Debian 12 ships 0.9) check it as POSIX sh
  if (result.status !== 0 && result.status !== 1 && /Unknown shell/.test(result.stderr ?? "") && dialect !== "sh") {
    unknownDialects.add(dialect);
    result = run("sh");
  }
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT") return { stopped: "time" };
  if (result.error) throw new Error(`shellcheck could not run: ${result.error.message}`);
  if (/out of memory|heap overflow/.test(result.stderr ?? "") && result.status !== 0 && result.status !== 1) return { stopped: "memory" };
  if (result.status !== 0 && result.status !== 1) throw new Error(`shellcheck failed: ${result.stderr.trim().split("\n")[0]}`);
  const { comments } = JSON.parse(result.stdout) as { comments: ShellcheckComment[] };
  return comments
    .filter((c) => c.line > shift)
    .map((c) => ({ ...c, line: c.line - shift, endLine: c.endLine - shift }));
}
