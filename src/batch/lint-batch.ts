// Lints many files: takes what it can from the cache, then lints the rest on this thread or,
// when there are enough of them, in worker threads, and gives the outcomes in input order.
// Files are read here, one batch at a time as threads are ready for them, so a run never holds
// every text at once; the configs they need are loaded here in input order too, so config
// warnings come out as in a run without threads.
import fs from "node:fs";
import path from "node:path";
import { DocklintError } from "../engine/errors.js";
import type { LintSession } from "../lint-session.js";
import type { LintCache, SettledStat } from "./cache.js";
import { failed, startJobs, waitForLaterChecks, type JobOutcome, type LintJob } from "./job.js";
import { threadCount, type Jobs } from "./thread-count.js";
import { stampOf, type FileStamp } from "../source/file-stamp.js";
import { now } from "../source/clock.js";

/**
 * Files read and then linted together on this thread: the time limit's watchdog costs ~0.1 ms to
 * start, once per group, and a group holds no more texts than a worker's two batches.
 */
const FILES_PER_WINDOW = 16;

export interface BatchOptions {
  /** Run the fix loop (--fix, --fix-dry-run). */
  fix?: boolean;
  /** The fixed text will be written (--fix), so the cache may keep it as the file's text. */
  writesFixes?: boolean;
  jobs?: Jobs;
  cache?: LintCache;
}

/** Reads the file of `outcomes[index]` for linting; null when that failed (the outcome says why). */
export type PrepareJob = (index: number) => Promise<LintJob | null>;

/** A file's outcome once a worker's internal error has been raised: its result, or why there is none. */
export type FileOutcome = Exclude<JobOutcome, { internal: unknown }>;

export async function lintBatch(session: LintSession, files: string[], options: BatchOptions = {}): Promise<FileOutcome[]> {
  const { cache, fix = false } = options;
  const outcomes: JobOutcome[] = new Array(files.length);
  const toLint: number[] = [];
  const configKeys = new Map<number, string>();
  const settledStats = new Map<number, SettledStat | null>();
  const time = timer(session);
  for (const [index, file] of files.entries()) {
    if (!cache) {
      toLint.push(index);
      continue;
    }
    try {
      const absolute = path.resolve(session.cwd, file);
      const configKey = cache.configKey(await session.resolve(file), session.cwd);
      // an unchanged size, inode and ctime spare reading the file; else its text is compared
      const stat = time("read", () => fs.statSync(absolute, { throwIfNoEntry: false }));
      let hit = stat?.isFile() ? time("cache", () => cache.lookup(absolute, file, { stat }, configKey, fix)) : null;
      if (!hit) {
        const text = time("read", () => session.readDockerfile(file));
        hit = time("cache", () => cache.lookup(absolute, file, { text }, configKey, fix));
      }
      if (hit) outcomes[index] = hit;
      else {
        toLint.push(index);
        configKeys.set(index, configKey);
        // taken before the file is read for linting: a write after it changes the ctime
        if (stat) settledStats.set(index, cache.settledStat(stat));
      }
    } catch (error) {
      outcomes[index] = failure(error);
    }
  }

  // with --fix, what each file was when read: it is written only if it still is (cli/write.ts)
  const stamps = new Map<number, FileStamp>();
  const prepare: PrepareJob = async (index) => {
    const file = files[index];
    try {
      const { text, read } = time("read", () => session.readDockerfileFile(file));
      if (options.writesFixes) stamps.set(index, stampOf(read.stat, read.bytes));
      // linting loads the config anyway; loading it here, in order, keeps config warnings in order
      await session.configFor(file).catch(() => undefined);
      return { file, text };
    } catch (error) {
      outcomes[index] = failure(error);
      return null;
    }
  };
  const linted = (index: number, job: LintJob, outcome: JobOutcome) => {
    outcomes[index] = outcome;
    const stamp = stamps.get(index);
    stamps.delete(index);
    if (stamp && "result" in outcome && outcome.result.output !== undefined) outcome.read = stamp;
    const configKey = configKeys.get(index);
    if (!cache || configKey === undefined || !("result" in outcome)) return;
    const { output } = outcome.result;
    const absolute = path.resolve(session.cwd, job.file);
    time("cache", () => {
      if (output === undefined) cache.store(absolute, job.text, configKey, outcome, settledStats.get(index));
      else if (options.writesFixes) cache.store(absolute, output, configKey, outcome);
    });
  };

  // ShellCheck's results are kept with the files' (a changed file's unchanged RUNs are not checked again)
  if (cache) session.laterResults = (kind) => cache.laterResults(kind);
  const threads = threadCount(options.jobs ?? "auto", toLint.length);
  const pool = threads > 1 && canSend(session.options) ? await loadPool() : null;
  if (pool) await pool.lintInWorkers(pool.script, { indexes: toLint, prepare, linted, threads, session, fix });
  else {
    // a few files at a time: one time-limit window covers them all (engine/time-limit.ts); the
    // next ones are linted while ShellCheck checks the scripts of these
    const settling: Promise<void>[] = [];
    for (let start = 0; start < toLint.length; start += FILES_PER_WINDOW) {
      const batch: { index: number; job: LintJob }[] = [];
      for (const index of toLint.slice(start, start + FILES_PER_WINDOW)) {
        const job = await prepare(index);
        if (job) batch.push({ index, job });
      }
      const { done } = await startJobs(session, batch.map((b) => b.job), fix);
      settling.push(done.then((outcomes) => {
        for (const [i, { index, job }] of batch.entries()) linted(index, job, outcomes[i]);
      }));
      await session.keepUp();
    }
    await waitForLaterChecks(session, Promise.all(settling));
  }

  for (const outcome of outcomes) {
    if ("internal" in outcome) {
      const error = new Error(outcome.internal.message);
      if (outcome.internal.stack) error.stack = outcome.internal.stack;
      throw error;
    }
    if ("notices" in outcome) for (const notice of outcome.notices) session.notices.add(notice);
  }
  return outcomes as FileOutcome[];
}

/** Workers get the session's options by copy: a library caller's config holding functions cannot be copied. */
function canSend(options: object): boolean {
  try {
    structuredClone(options);
    return true;
  } catch {
    return false;
  }
}

function failure(error: unknown): JobOutcome {
  if (error instanceof DocklintError) return failed(error);
  throw error;
}

/** Runs `fn`, adding its time to a phase when the session measures time. */
function timer(session: LintSession) {
  return <T>(phase: string, fn: () => T): T => {
    if (!session.options.timing) return fn();
    const start = now();
    try {
      return fn();
    } finally {
      session.addTime(phase, now() - start);
    }
  };
}

/** The worker pool, loaded only when used (it is not part of a one-file run's start-up); null from source. */
async function loadPool() {
  const { lintInWorkers, workerScript } = await import("./worker-pool.js");
  const script = workerScript();
  return script ? { script, lintInWorkers } : null;
}
