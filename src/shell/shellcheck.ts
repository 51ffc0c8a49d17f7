// Runs the `shellcheck` binary (Debian's package) on one script, text on standard input: the only
// process docklint ever starts. Absent binary: callers skip the check.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

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
 * Codes left out, as hadolint leaves them out: SC1090 and SC1091 say ShellCheck did not follow a
 * sourced file (`. /etc/os-release`), which lives in the image, not in the build context, so it
 * could never be given; SC2187 says an ash script is checked as dash, which is what is meant.
 */
export const EXCLUDED_CODES = ["SC1090", "SC1091", "SC2187"] as const;

/**
 * ShellCheck's findings for a script. `declared` names are exported on a first line of our own,
 * so ARG and ENV variables are not taken for unassigned ones; lines are given back without it.
 */
export function runShellcheck(script: string, dialect: string, declared: string[]): ShellcheckComment[] {
  const names = declared.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  const prologue = names.length ? `export ${names.join(" ")}\n` : "";
  // child_process (with net and dgram, ~2 ms) is loaded here, not at start-up: most runs start no process
  const { spawnSync } = process.getBuiltinModule("node:child_process");
  const run = (shell: string) =>
    // --norc, and a working directory outside the linted tree: a .shellcheckrc there could turn on
    // external-sources and make ShellCheck read any file a `# shellcheck source=` comment names
    spawnSync("shellcheck", ["--norc", "--format=json1", `--shell=${shell}`, `--exclude=${EXCLUDED_CODES.join(",")}`, "-"], {
      cwd: os.tmpdir(),
      input: prologue + script,
      encoding: "utf8",
      timeout: 20_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  let result = run(unknownDialects.has(dialect) ? "sh" : dialect);
  // `busybox` needs ShellCheck 0.10; older ones (Debian 12 ships 0.9) check it as POSIX sh
  if (result.status !== 0 && result.status !== 1 && /Unknown shell/.test(result.stderr ?? "") && dialect !== "sh") {
    unknownDialects.add(dialect);
    result = run("sh");
  }
  if (result.error) throw new Error(`shellcheck could not run: ${result.error.message}`);
  if (result.status !== 0 && result.status !== 1) throw new Error(`shellcheck failed: ${result.stderr.trim().split("\n")[0]}`);
  const shift = prologue ? 1 : 0;
  const { comments } = JSON.parse(result.stdout) as { comments: ShellcheckComment[] };
  return comments
    .filter((c) => c.line > shift)
    .map((c) => ({ ...c, line: c.line - shift, endLine: c.endLine - shift }));
}
