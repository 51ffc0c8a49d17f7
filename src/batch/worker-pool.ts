// Lints files in worker threads (dist/worker.js), for runs with enough files to pay for starting
// them. Each worker has its own session (rules, configs, shell parser). Files go out in input
// order, a small batch at a time (two per worker in flight) to whichever worker is free, and
// come back by index.
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LintSession, SessionOptions } from "../lint-session.js";
import type { FromWorker, JobOutcome, LintJob, ToWorker } from "./job.js";
import type { PrepareJob } from "./lint-batch.js";

/**
 * A worker keeps nothing between files, so a smaller young generation than V8's default costs
 * no time: measured over the corpus on 2 cores, the same CPU time and 30-50 MB less peak RSS.
 */
const YOUNG_GENERATION_MB = 16;

export interface WorkerSetup {
  session: SessionOptions;
  fix: boolean;
  /** Processes each worker's later-check runners may start: the spare cores shared out. */
  laterProcesses: number;
}

export interface PoolRun {
  /** Input indexes of the files to lint, in order. */
  indexes: number[];
  prepare: PrepareJob;
  linted: (index: number, job: LintJob, outcome: JobOutcome) => void;
  threads: number;
  /** Gives the workers its options, and receives their timings. */
  session: LintSession;
  fix: boolean;
}

/** The bundled worker entry beside this code (dist/ or dist/chunks/); null when running from source. */
export function workerScript(): string | null {
  for (const candidate of ["./worker.js", "../worker.js"]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (fs.existsSync(file)) return file;
  }
  return null;
}

export function lintInWorkers(script: string, run: PoolRun): Promise<void> {
  const { indexes, threads, session } = run;
  // the cores the threads leave, shared (none: each thread's runner still has one process)
  const laterProcesses = Math.floor((os.availableParallelism() - threads) / threads);
  const setup: WorkerSetup = { session: { ...session.options, cwd: session.cwd }, fix: run.fix, laterProcesses };
  const workers: Worker[] = [];
  let next = 0;
  let running = threads;
  // one batch is prepared at a time, so files are read and configs loaded in input order
  let preparing = Promise.resolve();
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const finished = new Set<Worker>();
    const feed = (worker: Worker, inFlight: Map<number, LintJob>) => {
      preparing = preparing
        .then(async () => {
          if (finished.has(worker)) return;
          const batch: { index: number; job: LintJob }[] = [];
          while (!batch.length && next < indexes.length) {
            // smaller batches towards the end, so the threads finish together
            const size = Math.max(1, Math.min(16, Math.ceil((indexes.length - next) / (threads * 4))));
            for (const index of indexes.slice(next, next + size)) {
              const job = await run.prepare(index);
              if (job) batch.push({ index, job });
            }
            next += size;
          }
          for (const { index, job } of batch) inFlight.set(index, job);
          if (!batch.length) finished.add(worker);
          post(worker, batch.length ? { jobs: batch } : { done: true });
        })
        .catch(fail);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const inFlight = new Map<number, LintJob>();
      workers.push(worker);
      worker.on("message", (message: FromWorker) => {
        if ("ready" in message) return feed(worker, inFlight);
        if ("outcomes" in message) {
          for (const { index, outcome } of message.outcomes) {
            run.linted(index, inFlight.get(index)!, outcome);
            inFlight.delete(index);
          }
          return;
        }
        for (const [id, ms] of message.timings) session.timings.set(id, (session.timings.get(id) ?? 0) + ms);
        for (const [phase, ms] of message.phases) session.addTime(phase, ms);
        for (const [kind, stats] of message.laterStats) session.addLaterStats(kind, stats);
        if (--running === 0) resolve();
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (code !== 0) fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
      // a second batch waits in the worker, so it never idles while this thread answers
      feed(worker, inFlight);
      feed(worker, inFlight);
    }
  });
}

function post(worker: Worker, message: ToWorker): void {
  worker.postMessage(message);
}
