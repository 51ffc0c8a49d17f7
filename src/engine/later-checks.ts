// Checks whose results arrive after the walk. A rule that needs an outside tool (ShellCheck) asks
// for a check with `context.checkLater(kind, input, onResult)` while the walk runs; the walk's
// outcome carries the requests; the session gives them to the runner registered for their kind,
// which may take its time and batch the requests of many files; then `settle` calls each
// rule's `onResult` with its result, in the order the checks were asked for, and what the rule
// reports there is treated as any report during the walk (pragmas, levels, the finding cap,
// sorting). The engine knows no kind: a runner is the session's business.
import type { TimeBudget } from "../parse/limits.js";

/** One check a rule asked for. */
export interface LaterCheck {
  kind: string;
  input: unknown;
  /** Where in the text the file stops (too complex) when the check's result comes too late. */
  offset: number;
}

/** A runner could not give a check's result: the rule gets an internal finding, as a rule that throws in its visitor (at the node it visited). */
export class LaterCheckFailed {
  constructor(readonly error: unknown) {}
}

/** Runs the checks of one kind, for every file of a session. */
export interface LaterCheckRunner {
  /**
   * The results of one file's checks of this kind, in order. A check that needed more of the
   * file's time than `budget` has left gives OUT_OF_TIME; one that failed rejects.
   */
  run(inputs: unknown[], budget: TimeBudget): Promise<unknown>[];
  /** Checks waiting for the runner: the caller lints on while fewer than `capacity` wait. */
  readonly waiting: number;
  /** Checks the runner takes at once (a full batch for each of its processes). */
  readonly capacity: number;
  /** The result of a check asked for and answered before, while the runner keeps it; undefined otherwise. */
  resultAtHand(input: unknown): unknown;
  /** Resolves when `waiting` is under `count` (or at once when it is). */
  whenWaitingUnder(count: number): Promise<void>;
  /**
   * The caller has nothing to do until results come (`true`), or has work again (`false`):
   * meanwhile the runner may use the caller's core too.
   */
  callerWaits(waits: boolean): void;
  /** What it did so far, for --timing. */
  readonly stats: LaterCheckStats;
}

/** What a runner did: checks asked for, checks it ran (the rest had the answer of the same check asked before, or a stored one), and the processes that ran them. */
export interface LaterCheckStats {
  asked: number;
  ran: number;
  processes: number;
  /** Their time, summed: it passes beside the linting, which goes on meanwhile. */
  processMs: number;
}
