// One file's lint as a plain value: the same whether it ran on the main thread or in a worker
// thread, so outcomes can cross threads and be merged in input order.
import { DocklintError, type ErrorKind } from "../engine/errors.js";
import type { LintDetails, LintSession } from "../lint-session.js";
import type { LaterCheckStats } from "../engine/later-checks.js";
import { now } from "../source/clock.js";

export interface LintJob {
  file: string;
  text: string;
}

export type JobOutcome =
  | LintDetails
  /** Bad input or config: one sentence, reported with the other files' results. */
  | { error: { kind: ErrorKind; message: string } }
  /** A docklint bug in a worker thread, raised again on the main thread in input order. */
  | { internal: { message: string; stack?: string } };

/**
 * Lints jobs in turn under the session's time limit (LintSession.startLint): resolves when their
 * walks are done, with `done`, each job's plain outcome once the checks they asked for are in.
 */
export async function startJobs(session: LintSession, jobs: LintJob[], fix: boolean): Promise<{ done: Promise<JobOutcome[]> }> {
  const { done } = await session.startLint(jobs, { fix });
  return {
    done: done.then((outcomes) =>
      outcomes.map((outcome) => {
        if (outcome instanceof DocklintError) return failed(outcome);
        if (outcome instanceof Error) return { internal: { message: outcome.message, stack: outcome.stack } };
        return outcome;
      }),
    ),
  };
}

export function failed(error: DocklintError): JobOutcome {
  return { error: { kind: error.kind, message: error.message } };
}

/** Messages between the pool and its workers. */
export type ToWorker = { jobs: { index: number; job: LintJob }[] } | { done: true };
export type FromWorker =
  /** A batch is walked and its later checks leave room: the worker takes the next one. */
  | { ready: true }
  | { outcomes: { index: number; outcome: JobOutcome }[] }
  | { timings: [string, number][]; phases: [string, number][]; laterStats: [string, LaterCheckStats][] };

/** Waits for the files whose later checks are still out once all are linted: the "later" phase of --timing. */
export async function waitForLaterChecks(session: LintSession, settling: Promise<unknown>): Promise<void> {
  const start = now();
  await session.lastLints(settling);
  if (session.options.timing && session.laterStats().size) session.addTime("later", now() - start);
}
