// How many threads a run lints in (--jobs): the numbers are measured, and --help states them from
// here, so this module loads nothing but node:os.
import os from "node:os";

export type Jobs = number | "auto";

/**
 * Below this many files to lint, "auto" stays on the main thread. Measured on 2 cores (the
 * corpus, runs with the machine otherwise idle): two workers take 1.25x the time of one thread
 * for 256 files, 0.98x for 512, 0.94x for 1024 and 0.88x for 4,447. A worker starts in ~90 ms,
 * but each thread also compiles the hot code again (V8's optimizing compiler, ~3 s of CPU over
 * a corpus run, which one thread already spreads over the second core).
 */
export const MIN_FILES_FOR_WORKERS = 500;

/**
 * Cores one linting thread keeps busy: V8 compiles and collects garbage on other threads. Measured
 * over the corpus and over it twice (8,894 files) with one thread: 150% CPU; two threads on 2
 * cores took as long as one (1.0x-1.1x). So "auto" gives a thread per 1.5 cores: none on 2.
 */
export const CORES_PER_THREAD = 1.5;

/**
 * The most threads `-j N` starts per core. Linting is CPU work, so threads past the cores only
 * share them, and each file's time limit (10 s) is wall-clock time: with -j 200 on 2 cores every
 * file got a hundredth of a core, and 45 files came out too-complex. Each thread also costs
 * its own heap and compiled code (30-50 MB). Two per core leaves room for threads that wait (on
 * ShellCheck, on the disk) and slows no file more than about twofold.
 */
export const MAX_THREADS_PER_CORE = 2;

/** How many threads lint `files` files on `cores` cores: 1 means this thread only. */
export function threadCount(jobs: Jobs, files: number, cores = os.availableParallelism()): number {
  if (files < 2) return 1;
  if (jobs !== "auto") return Math.max(1, Math.min(jobs, files, cores * MAX_THREADS_PER_CORE));
  if (files < MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(Math.floor(cores / CORES_PER_THREAD), Math.ceil(files / (MIN_FILES_FOR_WORKERS / 2))));
}
