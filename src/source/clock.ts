// The clock time limits and timings read: milliseconds, monotonic, as precise as performance.now()
// and as cheap (about 90 ns), without loading perf_hooks, which the global `performance` does on
// first use: 2-6 ms of a one-file run's start.

/** Milliseconds since an arbitrary start. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day findings are judged on (an end of life passed or not), YYYY-MM-DD in UTC: DOCKLINT_TODAY
 * when it holds a date, else today's. Read from the UTC fields: `toISOString()` costs about 1 ms
 * on its first call, a share of a one-file run's start.
 */
export function today(): string {
  const fromEnv = process.env.DOCKLINT_TODAY;
  if (fromEnv && DAY.test(fromEnv)) return fromEnv;
  const date = new Date();
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}
