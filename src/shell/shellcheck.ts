// Finds the `shellcheck` binary (Debian's package), the only program docklint ever starts, and runs
// it on one script on standard input, blocking (the engine's synchronous path; a session batches
// scripts with shellcheck-runner.ts). Absent binary: callers skip the check.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { now } from "../source/clock.js";

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

/**
 * What ShellCheck reads for a script: `declared` names (those a shell can have) are exported on
 * a first line of our own, so ARG and ENV variables are not taken for unassigned ones; `shift`
 * is the number of lines of ours. Only the names that can change what ShellCheck says are given
 * (namesShellcheckCompares).
 */
export function shellcheckInput(script: string, declared: string[]): { text: string; shift: number } {
  const names = namesShellcheckCompares(script, declared.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)));
  return names.length ? { text: `export ${names.join(" ")}\n${script}`, shift: 1 } : { text: script, shift: 0 };
}

/**
 * Characters compared, past which a script keeps all its names: comparing would cost more than
 * it saves (no RUN of the corpus comes past 0.9 million), and a file written to make it slow
 * (thousands of long ARG names, a large RUN) cannot.
 */
const MAX_COMPARED = 20_000_000;

/**
 * The declared names that can change ShellCheck's comments on `script`. ShellCheck reads a
 * variable only where the script names it, and it compares each unassigned variable the script
 * reads with the assigned ones: one at edit distance 2 or less, or the same but for case, is
 * offered as "did you mean" (SC2153, and SC2154's tip). A name the script does not contain, and
 * no word of it comes that near, is one ShellCheck never reports, so it is left out: the 21 names
 * BuildKit declares in every stage made ShellCheck take 43 s of CPU over the corpus instead of 28 s.
 * Words are read twice, as written and with quotes and backslashes taken out (`read A"B"` reads
 * AB). A script that starts with a comment keeps every name: our line before it keeps a shebang or
 * a directive from being the script's first line, as it always has.
 */
export function namesShellcheckCompares(script: string, names: string[]): string[] {
  if (!names.length || /^\s*#/.test(script) || names.length * script.length > MAX_COMPARED) return names;
  const absent = new Set(names.filter((name) => !script.includes(name)));
  if (!absent.size) return names;
  const words = new Set<string>();
  collectWords(script, words);
  collectWords(script.replace(/\\\n|["'\\]/g, ""), words);
  // each pair costs up to five cells per character of the name (withinTwoEdits)
  let longest = 0;
  for (const name of absent) longest = Math.max(longest, name.length);
  if (absent.size * words.size * 5 * longest > MAX_COMPARED) return names;
  const lowerCase = new Set<string>();
  const byLength = new Map<number, string[]>();
  for (const word of words) {
    lowerCase.add(word.toLowerCase());
    byLength.get(word.length)?.push(word) ?? byLength.set(word.length, [word]);
  }
  const near = (name: string) => {
    if (lowerCase.has(name.toLowerCase())) return true;
    for (let length = name.length - 2; length <= name.length + 2; length++) {
      for (const word of byLength.get(length) ?? []) if (withinTwoEdits(word, name)) return true;
    }
    return false;
  };
  return names.filter((name) => !absent.has(name) || near(name));
}

/** Runs of letters, digits and underscores. */
function collectWords(text: string, into: Set<string>): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (wordChar && start < 0) start = i;
    else if (!wordChar && start >= 0) {
      into.add(text.slice(start, i));
      start = -1;
    }
  }
}

/** Whether the Levenshtein distance (ShellCheck's `dist`) is 2 or less: only the band of cells that can stay within it is computed. */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const far = 3;
  // row[k]: the distance of a's first i characters and b's first i + k - 2, `far` when more than 2 or outside
  let previous = [0, 1, 2, 3, 4].map((k) => (k >= 2 && k - 2 <= b.length ? Math.min(k - 2, far) : far));
  for (let i = 1; i <= a.length; i++) {
    const row = [far, far, far, far, far];
    let best = far;
    for (let k = 0; k < 5; k++) {
      const j = i + k - 2;
      if (j < 0 || j > b.length) continue;
      const substitute = j === 0 ? far : previous[k] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const insert = k > 0 ? row[k - 1] + 1 : far;
      const remove = k < 4 ? previous[k + 1] + 1 : far;
      row[k] = Math.min(far, j === 0 ? i : Math.min(substitute, insert, remove));
      best = Math.min(best, row[k]);
    }
    if (best >= far) return false;
    previous = row;
  }
  return previous[b.length - a.length + 2] <= 2;
}

/**
 * ShellCheck's findings for a script, one process reading it on standard input and blocking
 * until it ends: the engine's synchronous lintText (the rule tests, scripts). A session uses
 * ShellcheckRunner. `declared` names are exported on a first line of our own,
 * so ARG and ENV variables are not taken for unassigned ones; lines are given back without it.
 * `stopAt` (src/source/clock.ts's clock) ends the run early, as the file's time limit.
 */
export function runShellcheck(script: string, dialect: string, declared: string[], stopAt = Number.POSITIVE_INFINITY): ShellcheckComment[] | ShellcheckStopped {
  const { text, shift } = shellcheckInput(script, declared);
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
