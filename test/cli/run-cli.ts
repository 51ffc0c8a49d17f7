// Runs the built CLI (dist/cli.js, built by `npm test` first) in a directory, as a user would.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const CLI = path.join(import.meta.dirname, "..", "..", "dist", "cli.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `hangGuardMs` kills a run that would otherwise block the test worker for good (a FIFO read
 * waits for a writer): such a run ends with code null, never by the clock of an assertion.
 */
export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; uid?: number; hangGuardMs?: number }): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    ...(options.hangGuardMs === undefined ? {} : { timeout: options.hangGuardMs, killSignal: "SIGKILL" as const }),
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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
