// A worker thread of the pool (worker-pool.ts): lints the batches of files it is sent with a
// session of its own, and at the end reports its timings.
import { parentPort, workerData } from "node:worker_threads";
import { LintSession } from "../lint-session.js";
import { runJobs, type FromWorker, type ToWorker } from "./job.js";
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
  const outcomes = await runJobs(session, message.jobs.map((j) => j.job), setup.fix);
  send({ outcomes: message.jobs.map(({ index }, i) => ({ index, outcome: outcomes[i] })) });
}
