// Runs synchronous code with a time limit that fires wherever the code is: inside a regular
// expression, a loop that never looks at the clock, or a WebAssembly parser. The checks between
// nodes (parse/limits.ts, Deadline) stop a file politely, at a place they can name; this stops
// what they cannot reach. node:vm's timeout has a watchdog thread terminate the code and turns
// that into an error at the script's boundary. Starting the watchdog costs about 0.1 ms, so
// callers run many files under one window rather than one each.

/** The code ran past its window and was stopped where it was. */
export class TimeLimitPassed extends Error {
  constructor(readonly ms: number) {
    super(`stopped after ${ms} ms`);
    this.name = "TimeLimitPassed";
  }
}

/** Where the script below finds the task it runs: a global only docklint's symbol names. */
const TASK = Symbol.for("docklint.time-limit.task");
type WithTask = typeof globalThis & { [TASK]?: (() => unknown) | null };
// compiled once, run in this context: a context of its own would cost a new global (about 1 ms
// and 170 KB of a one-file run's start)
let script: import("node:vm").Script | null = null;

/**
 * `task()`, stopped after `ms` milliseconds with TimeLimitPassed. What it throws comes through
 * unchanged. A stopped task runs no `finally` blocks: state it was changing is left half-changed,
 * and the caller must discard any it shares (the shell parser's WebAssembly memory).
 */
export function runWithin<T>(ms: number, task: () => T): T {
  script ??= new (process.getBuiltinModule("node:vm").Script)(`globalThis[Symbol.for("docklint.time-limit.task")]()`, { filename: "docklint-time-limit" });
  const global = globalThis as WithTask;
  const timeout = Math.max(1, Math.ceil(ms));
  const outer = global[TASK];
  global[TASK] = task;
  try {
    return script.runInThisContext({ timeout }) as T;
  } catch (error) {
    if ((error as { code?: unknown })?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new TimeLimitPassed(timeout);
    throw error;
  } finally {
    global[TASK] = outer;
  }
}
