// A worker thread of the pool (worker-pool.ts): lints the batches of files it is sent with a
// session of its own, and at the end reports its timings.
import { parentPort, workerData } from "node:worker_threads";
import { LintSession } from "../lint-session.js";
import { runJob, type FromWorker, type JobOutcome, type ToWorker } from "./job.js";
import type { WorkerSetup } from "./worker-pool.js";

const port = parentPort!;
const setup = workerData as WorkerSetup;
const session = new LintSession(setup.session);
const send = (message: FromWorker) => port.postMessage(message);

// one message at a time: a batch sent ahead waits for the one before it, and "done" for both
let queue = Promise.resolve();
port.on("message", (message: ToWorker) => {
  queue = queue.then(() => handle(message));
});

async function handle(message: ToWorker): Promise<void> {
  if ("done" in message) {
    send({ timings: [...session.timings], phases: [...session.phases] });
    port.close();
    return;
  }
  const outcomes: { index: number; outcome: JobOutcome }[] = [];
  for (const { index, job } of message.jobs) {
    let outcome: JobOutcome;
    try {
      outcome = await runJob(session, job, setup.fix);
    } catch (error) {
      outcome = { internal: { message: error instanceof Error ? error.message : String(error), stack: (error as Error)?.stack } };
    }
    outcomes.push({ index, outcome });
  }
  send({ outcomes });
}
