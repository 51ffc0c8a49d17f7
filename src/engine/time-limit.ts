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

interface Window {
  context: { task: (() => unknown) | null };
  script: import("node:vm").Script;
}
let window: Window | null = null;

/**
 * `task()`, stopped after `ms` milliseconds with TimeLimitPassed. What it throws comes through
 * unchanged. A stopped task runs no `finally` blocks: state it was changing is left half-changed,
 * and the caller must discard any it shares (the shell parser's WebAssembly memory).
 */
export function runWithin<T>(ms: number, task: () => T): T {
  const vm = process.getBuiltinModule("node:vm");
  window ??= { context: vm.createContext({ task: null }) as Window["context"], script: new vm.Script("task()", { filename: "docklint-time-limit" }) };
  const { context, script } = window;
  const timeout = Math.max(1, Math.ceil(ms));
  context.task = task;
  try {
    return script.runInContext(context, { timeout }) as T;
  } catch (error) {
    if ((error as { code?: unknown })?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new TimeLimitPassed(timeout);
    throw error;
  } finally {
    context.task = null;
  }
}
