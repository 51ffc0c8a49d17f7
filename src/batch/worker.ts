// A worker thread of the pool (worker-pool.ts): lints the batches of files it is sent with a
// session of its own, and at the end reports its timings.
import { parentPort, workerData } from "node:worker_threads";
import { LintSession } from "../lint-session.js";
import { startJobs, waitForLaterChecks, type FromWorker, type ToWorker } from "./job.js";
import type { WorkerSetup } from "./worker-pool.js";

const port = parentPort!;
const setup = workerData as WorkerSetup;
const session = new LintSession(setup.session);
session.laterProcesses = setup.laterProcesses;
const send = (message: FromWorker) => port.postMessage(message);

// one message at a time: a batch sent ahead is linted once the one before it is (its ShellCheck
// results may still be on their way), and "done" waits for every batch's results
let queue = Promise.resolve();
const settling = new Set<Promise<void>>();
port.on("message", (message: ToWorker) => {
  queue = queue.then(() => handle(message));
});

async function handle(message: ToWorker): Promise<void> {
  if ("done" in message) {
    await waitForLaterChecks(session, Promise.all(settling));
    send({ timings: [...session.timings], phases: [...session.phases], laterStats: [...session.laterStats()] });
    port.close();
    return;
  }
  const { done } = await startJobs(session, message.jobs.map((j) => j.job), setup.fix);
  const sent = done.then((outcomes) => send({ outcomes: message.jobs.map(({ index }, i) => ({ index, outcome: outcomes[i] })) }));
  settling.add(sent);
  void sent.finally(() => settling.delete(sent));
  // the next files come once ShellCheck has room for their scripts, not once these have its
  // answers: so its batches fill as on one thread, instead of holding a batch's few files each
  await session.keepUp();
  send({ ready: true });
}
