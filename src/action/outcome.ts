// What one run of the CLI came to, as the action reports it: the exit code, the findings when
// docklint got as far as writing its JSON report, and the errors it reported (one sentence each).
import fs from "node:fs";
import { EXIT, type ErrorKind } from "../engine/errors.js";
import type { FileResult } from "../engine/result.js";

export interface Outcome {
  exitCode: number;
  /** null when docklint stopped before writing its report (a bad config, a crash). */
  results: FileResult[] | null;
  /** What went wrong, one sentence each; empty when nothing did. */
  errors: string[];
}

/** Exit codes that fail the step for another reason than findings, in words. */
const FAILURES: Record<number, string> = { [EXIT.error]: "bad input or config", [EXIT.internal]: "internal error" };

/** The outcome of the CLI child that wrote `jsonFile` and `errorsFile` (both may be missing). */
export function readOutcome(child: { status: number | null; signal: NodeJS.Signals | null; error?: Error }, jsonFile: string, errorsFile: string): Outcome {
  const results = fs.existsSync(jsonFile) ? (JSON.parse(fs.readFileSync(jsonFile, "utf8")) as FileResult[]) : null;
  const errors = fs.existsSync(errorsFile)
    ? fs.readFileSync(errorsFile, "utf8").split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { kind: ErrorKind; message: string }).message)
    : [];
  if (child.error) return { exitCode: EXIT.internal, results, errors: [...errors, `docklint could not be started: ${child.error.message}.`] };
  if (child.status === null) return { exitCode: EXIT.internal, results, errors: [...errors, `docklint was stopped by ${child.signal ?? "a signal"} before it finished.`] };
  return { exitCode: child.status, results, errors };
}

/** "exit code 2 (bad input or config)" for a failure other than findings; null for 0 and 1. */
export function failureOf(exitCode: number): string | null {
  if (exitCode === EXIT.ok || exitCode === EXIT.findings) return null;
  return `exit code ${exitCode} (${FAILURES[exitCode] ?? "unexpected"})`;
}

/** The sentences that say why a failed run failed: the CLI's own, or the exit code's meaning. */
export function failureReasons(outcome: Outcome): string[] {
  const failure = failureOf(outcome.exitCode);
  if (!failure) return [];
  return outcome.errors.length ? outcome.errors : [`docklint stopped with ${failure} without saying why.`];
}
