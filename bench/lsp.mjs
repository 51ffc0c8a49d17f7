// npm run bench:lsp: docklint --lsp (the built dist/cli.cjs) against issue 17's targets, as figures
// from this one run (the machine varies; nothing here is asserted anywhere):
// - start: from spawning the server to the first diagnostics of a 300-line Dockerfile, the median
//   of 5 servers started in turn (one start swings by a third on this kind of machine);
// - didChange to diagnostics, one edit at a time (each waits for the previous one's diagnostics),
//   ShellCheck off: p50 and p95 over 1,000 edits (target: p95 under 20 ms);
//   Beside it, the server's CPU time (user + system, Linux: /proc) per edit over those edits: a figure
//   that other processes on a shared machine disturb less than the wall-clock latency;
// - the server's resident memory (Linux: /proc) after 100 edits and after 10,000 (target: within 20 MB).
// `npm run bench:lsp -- EDITS` sets the number of edits for the memory figure.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist", "cli.cjs");
if (!fs.existsSync(cli)) {
  console.error("bench: dist/ is missing; run npm run build first.");
  process.exit(2);
}
const totalEdits = Number(process.argv[2] ?? 10_000);
const LATENCY_EDITS = 1000;

/** 300 lines in 30 stages of ten: the instructions real Dockerfiles hold, with findings. */
function dockerfile() {
  const lines = [];
  for (let stage = 0; stage < 30; stage++) {
    lines.push(
      `FROM debian:12 AS stage${stage}`,
      "ARG VERSION=1.0",
      `ENV APP_HOME=/opt/app${stage} PATH=/opt/app${stage}/bin:$PATH`,
      "RUN apt-get update && \\",
      "    apt-get install -y curl ca-certificates git && \\",
      "    curl -fsSL https://example.com/install.sh | sh",
      `WORKDIR /opt/app${stage}`,
      "COPY . .",
      "RUN pip install numpy pandas requests",
      `CMD ["app", "--port", "80${String(stage).padStart(2, "0")}"]`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
/** A process's user + system CPU time in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms). */
const cpuMs = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-bench-lsp-"));
const uri = pathToFileURL(path.join(cwd, "Dockerfile")).href;
const text = dockerfile();
const STARTS = 5;

/** A server started and initialized, with the first diagnostics of the file in: the time that took. */
async function startServer() {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "--lsp", "--no-config", "--rule", "shellcheck=off"], { cwd, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const server = { child, connection, waiting: null, startMs: 0, firstDiagnostics: null };
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (server.waiting && params.version === server.waiting.version) server.waiting.resolve(params);
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {}, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  const first = diagnosticsOf(server, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "dockerfile", version: 1, text } });
  server.firstDiagnostics = await first;
  server.startMs = performance.now() - started;
  return server;
}
const diagnosticsOf = (server, version) => new Promise((resolve) => (server.waiting = { version, resolve }));
async function stop({ child, connection }) {
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await new Promise((resolve) => child.once("exit", resolve));
  connection.dispose();
}

const starts = [];
let server;
for (let i = 0; i < STARTS; i++) {
  if (server) await stop(server);
  server = await startServer();
  starts.push(server.startMs);
}
const { child, connection, firstDiagnostics } = server;
const startMs = starts.toSorted((a, b) => a - b)[STARTS >> 1];

// each edit changes one character of a port number, so every lint sees a new text with the same findings
const latencies = [];
let rssAfter100 = 0;
const cpuBefore = cpuMs(child.pid);
let cpuPerEdit = 0;
for (let version = 2; version <= totalEdits + 1; version++) {
  const line = 10 * (version % 30) + 9;
  const digit = String(version % 10);
  const edit = { range: { start: { line, character: 26 }, end: { line, character: 27 } }, text: digit };
  const done = diagnosticsOf(server, version);
  const sent = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [edit] });
  await done;
  if (version - 1 <= LATENCY_EDITS) latencies.push(performance.now() - sent);
  if (version - 1 === 100) rssAfter100 = rssMb(child.pid);
  if (version - 1 === Math.min(LATENCY_EDITS, totalEdits)) cpuPerEdit = (cpuMs(child.pid) - cpuBefore) / (version - 1);
}
const rssAfterAll = rssMb(child.pid);
await stop(server);

latencies.sort((a, b) => a - b);
console.log(`300-line Dockerfile, ${firstDiagnostics.diagnostics.length} diagnostics, ShellCheck off`);
console.log(`start to first diagnostics: ${startMs.toFixed(0)} ms, median of ${STARTS} (${starts.map((ms) => ms.toFixed(0)).join(", ")}; target: under 300 ms)`);
console.log(`didChange to diagnostics over ${latencies.length} edits: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (target: p95 under 20 ms); server CPU ${cpuPerEdit.toFixed(1)} ms per edit`);
console.log(`server memory (RSS): ${rssAfter100.toFixed(1)} MB after 100 edits, ${rssAfterAll.toFixed(1)} MB after ${totalEdits} (target: within 20 MB)`);
fs.rmSync(cwd, { recursive: true, force: true });
