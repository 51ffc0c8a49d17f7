// Runs the built CLI (dist/cli.cjs, the package's bin, built by `npm test` first) in a directory, as a user would.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const CLI = path.join(import.meta.dirname, "..", "..", "dist", "cli.cjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of every run: the test process's, without hadolint's variables and with an
 * empty home, so no test reads the developer's ~/.config/hadolint.yaml or HADOLINT_IGNORE.
 */
const HOME = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-home-"));
export const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("HADOLINT_"))),
  HOME,
  XDG_CONFIG_HOME: path.join(HOME, ".config"),
  LOCALAPPDATA: path.join(HOME, "AppData"),
  NO_COLOR: "1",
  FORCE_COLOR: "",
};

/**
 * Runs the built CLI. `hangGuardMs` kills a run that would otherwise block the test worker for good
 * (a FIFO read waits for a writer): such a run ends with code null, never by the clock of an assertion.
 */
export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; uid?: number; hangGuardMs?: number; cli?: string }): CliRun {
  const result = spawnSync(process.execPath, [options.uid === undefined ? (options.cli ?? CLI) : cliOpenToAll(), ...args], {
    cwd: options.cwd,
    ...(options.hangGuardMs === undefined ? {} : { timeout: options.hangGuardMs, killSignal: "SIGKILL" as const }),
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...ENV, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let openCopy: string | undefined;
/**
 * A copy of dist/ that any user can read, for runs as another user: the checkout itself may sit
 * in a directory only its owner can enter (a mktemp -d clone).
 */
function cliOpenToAll(): string {
  if (!openCopy) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-dist-"));
    fs.cpSync(path.dirname(CLI), dir, { recursive: true });
    for (const entry of [dir, ...fs.readdirSync(dir, { recursive: true }).map((name) => path.join(dir, String(name)))]) {
      fs.chmodSync(entry, fs.statSync(entry).isDirectory() ? 0o755 : 0o644);
    }
    openCopy = path.join(dir, path.basename(CLI));
  }
  return openCopy;
}

/** A temporary directory holding the given files (path -> content). */
export function project(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-cli-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** A Dockerfile no recommended rule flags. */
export const CLEAN = 'FROM alpine:3.20\nUSER 1000\nCMD ["sleep", "1"]\n';
/** One error (no-maintainer, fixable) and one syntax error. */
export const BROKEN = "FROM alpine:3.20\nMAINTAINER Ada\nRUNN true\n";
