// The clock time limits and timings read: milliseconds, monotonic, as precise as performance.now()
// and as cheap (about 90 ns), without loading perf_hooks, which the global `performance` does on
// first use: 2-6 ms of a one-file run's start.

/** Milliseconds since an arbitrary start. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;
