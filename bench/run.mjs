// npm run bench: lints every file of the corpus ($DOCKLINT_CORPUS, else ../shared/corpus) with the built package and reports, as
// ratios from this one run (the machine varies; nothing here is asserted anywhere):
// - in one process: docklint against the floor (the same texts parsed by dockerfile-ast alone),
//   one lintText per file and 16 texts per lintTexts call (one time-limit window per call);
// - the CLI over the corpus: one thread against worker threads, a second --cache run against an
//   uncached one, the time per phase and the slowest rules (--timing), and peak RSS;
// - a cold CLI run on one file against `node -e 0` (both without NODE_EXTRA_CA_CERTS: startEnv),
//   without the command's V8 code cache (as another Node.js runs it), and on one whose RUN needs
//   tree-sitter; and the floor's cold start: dockerfile-ast alone parsing the same file;
// - with `shellcheck` on PATH, the configuration its users run (the recommended preset turns the
//   shellcheck rule on): the CLI over the corpus, one thread and the default, and a cold run on one
//   file with three RUNs; and hadolint (which always runs ShellCheck) on the same files in the same
//   run, when a `hadolint` binary is on PATH or named by $HADOLINT.
// `npm run bench -- DIR` benchmarks another directory of *.Dockerfile files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DockerfileParser } from "dockerfile-ast";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(process.argv[2] ?? process.env.DOCKLINT_CORPUS ?? path.join(root, "..", "shared", "corpus"));
const dist = path.join(root, "dist");
const cli = path.join(dist, "cli.cjs");
if (!fs.existsSync(path.join(dist, "index.js"))) {
  console.error("bench: dist/ is missing; run npm run build first.");
  process.exit(2);
}
if (!fs.existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus}: name a directory of *.Dockerfile files (npm run bench -- DIR, or DOCKLINT_CORPUS).`);
  process.exit(2);
}
const { createLinter } = await import(path.join(dist, "index.js"));

const files = fs
  .readdirSync(corpus)
  .filter((name) => name.endsWith(".Dockerfile"))
  .sort()
  .map((name) => ({ name: path.join(corpus, name), text: fs.readFileSync(path.join(corpus, name), "utf8") }));
const n = files.length;
// docklint's own work: the shellcheck rule runs an outside binary per RUN and is left out
const OFF = ["--no-config", "--rule", "shellcheck=off"];
const linter = createLinter({ cwd: corpus, noConfig: true, rules: { shellcheck: "off" } });

async function timeLint() {
  const start = performance.now();
  let findings = 0;
  for (const f of files) findings += (await linter.lintText(f.text, f.name)).messages.length;
  return { ms: performance.now() - start, findings };
}
// as the CLI lints on one thread: 16 texts per call share one time-limit window
async function timeLintTexts() {
  const start = performance.now();
  let findings = 0;
  for (let i = 0; i < files.length; i += 16) {
    const results = await linter.lintTexts(files.slice(i, i + 16).map((f) => ({ text: f.text, filePath: f.name })));
    for (const r of results) findings += r.messages.length;
  }
  return { ms: performance.now() - start, findings };
}
function timeFloor() {
  const start = performance.now();
  for (const f of files) DockerfileParser.parse(f.text);
  return { ms: performance.now() - start };
}

// interleaved, best of five each after one warm-up of both: the minimum is what the code costs,
// the rest is the machine's noise
timeFloor();
await timeLint();
await timeLintTexts();
const floors = [];
const lints = [];
const batched = [];
for (let i = 0; i < 5; i++) {
  floors.push(timeFloor().ms);
  lints.push(await timeLint());
  batched.push(await timeLintTexts());
}
const floor = Math.min(...floors);
const fastest = (runs) => runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
const lint = fastest(lints);
const lintBatched = fastest(batched);

/** Wall time of one CLI run over the corpus, with its stderr. */
function runCli(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, ...OFF, "-f", "json", "-o", os.devNull, ...args, "."], {
    cwd: corpus,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`docklint ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

// the CLI, interleaved, best of three: one thread, a thread per core, the default (--jobs auto),
// and a second run with a warm cache
const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "docklint-bench-")), "cache.json");
const cache = ["--cache", "--cache-location", cacheFile];
runCli(cache); // fills the cache
const cores = os.availableParallelism();
const best = { one: Infinity, threads: Infinity, auto: Infinity, cached: Infinity };
for (let i = 0; i < 3; i++) {
  best.one = Math.min(best.one, runCli(["--jobs", "1"]).ms);
  best.threads = Math.min(best.threads, runCli(["--jobs", String(cores)]).ms);
  best.auto = Math.min(best.auto, runCli([]).ms);
  best.cached = Math.min(best.cached, runCli(cache).ms);
}
fs.rmSync(path.dirname(cacheFile), { recursive: true, force: true });

// where the time goes (--timing costs a little itself, so these runs are not the timed ones)
const timedOne = readTiming(runCli(["--jobs", "1", "--timing"]).stderr);
const timedThreads = readTiming(runCli(["--jobs", String(cores), "--timing"]).stderr);

function readTiming(stderr) {
  const [rules, phases, memory] = stderr.split("\n\n");
  const rows = (table) =>
    table
      .trim()
      .split("\n")
      .slice(2)
      .map((row) => row.split("|").map((cell) => cell.trim()));
  return { rules: rows(rules), phases: rows(phases), rssMb: Number(/Peak RSS: (\d+) MB/.exec(memory)?.[1]) };
}

/**
 * The environment starts are timed in: this one without NODE_EXTRA_CA_CERTS. Node reads that file
 * of certificates at every start before any script runs; where these figures were first taken it
 * was set, and it added 43 ms to `node -e 0` and to docklint alike (61 -> 104 ms), which made
 * each cold-start ratio look smaller than docklint's own start-up warrants (1.45x for 1.76x).
 */
const startEnv = { ...process.env, NO_COLOR: "1" };
delete startEnv.NODE_EXTRA_CA_CERTS;

/**
 * The median wall time of each command, run in turns (one of each, then again) so that what the
 * machine does meanwhile falls on all of them alike: in blocks of runs, `node -e 0` measured
 * minutes before the CLI made the ratio swing by a third.
 */
function interleavedMedians(commands, runs = 15) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([cmd, args], j) => {
      const start = performance.now();
      const r = spawnSync(cmd, args, { cwd: corpus, stdio: "ignore", env: startEnv });
      times[j].push(performance.now() - start);
      if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}`);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(runs / 2)]);
}
const sample = files[Math.floor(n / 2)].name;
// most files are read without tree-sitter; one with a shell function loads it
const withTreeSitter = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "docklint-bench-")), "Dockerfile");
fs.writeFileSync(withTreeSitter, "FROM debian:12\nRUN retry() { apt-get update || apt-get update; }; retry\n");
// the command as another Node.js runs it: its V8 code cache rejected, so compiled from source
const uncached = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-bench-"));
fs.cpSync(dist, uncached, { recursive: true });
for (const name of fs.readdirSync(uncached).filter((f) => f.endsWith(".v8-cache"))) fs.rmSync(path.join(uncached, name));
const [nodeStart, floorStart, cliStart, cliStartUncached, cliStartTreeSitter] = interleavedMedians([
  [process.execPath, ["-e", "0"]],
  [process.execPath, [path.join(root, "bench", "parse-one.cjs"), sample]],
  [process.execPath, [cli, ...OFF, sample]],
  [process.execPath, [path.join(uncached, path.basename(cli)), ...OFF, sample]],
  [process.execPath, [cli, ...OFF, withTreeSitter]],
]);
fs.rmSync(uncached, { recursive: true, force: true });

/** The first executable called `name` on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Wall time of a command, and its CPU (user + system, of it and its children) when /usr/bin/time can say. */
function timed(cmd, args, options = {}) {
  const timeBin = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  const start = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ["-f", "docklint-bench-cpu %U %S %M", cmd, ...args], { cwd: corpus, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options })
    : spawnSync(cmd, args, { cwd: corpus, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  const ms = performance.now() - start;
  const cpu = /docklint-bench-cpu ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, rssMb: cpu ? Number(cpu[3]) / 1024 : NaN, status: r.status, stderr: r.stderr };
}

// with ShellCheck: the preset's configuration when `shellcheck` is installed (slow: best of two)
const shellcheck = onPath("shellcheck");
const withShellcheck = { one: { ms: Infinity }, threads: { ms: Infinity }, auto: { ms: Infinity }, cold: NaN, coldRatio: NaN };
if (shellcheck) {
  const runWith = (args) => {
    const r = timed(process.execPath, [cli, "--no-config", "-f", "json", "-o", os.devNull, ...args, "."], { env: { ...process.env, NO_COLOR: "1" } });
    if (r.status !== 0 && r.status !== 1) throw new Error(`docklint with shellcheck exited ${r.status}: ${r.stderr}`);
    return r;
  };
  for (let i = 0; i < 2; i++) {
    const one = runWith(["--jobs", "1"]);
    const threads = runWith(["--jobs", String(cores)]);
    const auto = runWith([]);
    if (one.ms < withShellcheck.one.ms) withShellcheck.one = one;
    if (threads.ms < withShellcheck.threads.ms) withShellcheck.threads = threads;
    if (auto.ms < withShellcheck.auto.ms) withShellcheck.auto = auto;
  }
  const threeRuns = path.join(path.dirname(withTreeSitter), "three-runs.Dockerfile");
  fs.writeFileSync(threeRuns, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN echo $HOME\nRUN cd /tmp && ls\n');
  const [node, cold] = interleavedMedians([
    [process.execPath, ["-e", "0"]],
    [process.execPath, [cli, "--no-config", threeRuns]],
  ]);
  withShellcheck.cold = cold;
  withShellcheck.coldRatio = cold / node;
}

// hadolint on the same files, in processes of 500 files each
const hadolint = process.env.HADOLINT || onPath("hadolint");
let hadolintMs = NaN;
if (hadolint) {
  const names = files.map((f) => path.basename(f.name));
  let total = 0;
  for (let i = 0; i < names.length; i += 500) {
    const r = timed(hadolint, ["--no-fail", "-f", "json", ...names.slice(i, i + 500)]);
    if (r.status !== 0 && r.status !== 1) throw new Error(`hadolint exited ${r.status}: ${r.stderr}`);
    total += r.ms;
  }
  hadolintMs = total;
}

const fmt = (x, d = 2) => x.toFixed(d);
const rate = (ms) => `${fmt(ms / 1000)} s  ${fmt(n / (ms / 1000), 0).padStart(5)} files/s  ${fmt(ms / n, 3)} ms/file`;
console.log(`corpus: ${n} files (${corpus}), ${os.availableParallelism()} cores`);
console.log(`in one process:          ${rate(lint.ms)}  (${lint.findings} findings; lintText per file)`);
console.log(`  16 texts per call:     ${rate(lintBatched.ms)}  (${lintBatched.findings} findings; lintTexts, as the CLI)`);
console.log(`floor, dockerfile-ast:   ${rate(floor)}`);
console.log(`ratio docklint / floor:  ${fmt(lint.ms / floor)}x per file, ${fmt(lintBatched.ms / floor)}x 16 per call`);
console.log(`CLI, --jobs 1:           ${rate(best.one)}  peak RSS ${timedOne.rssMb} MB`);
console.log(`CLI, --jobs ${cores}:           ${rate(best.threads)}  peak RSS ${timedThreads.rssMb} MB  speed-up ${fmt(best.one / best.threads)}x`);
console.log(`CLI, default (auto):     ${rate(best.auto)}`);
console.log(`CLI, --cache 2nd run:    ${rate(best.cached)}  ratio to uncached ${fmt(best.cached / best.auto)}`);
console.log(`phases (--jobs 1):       ${timedOne.phases.map(([name, , share]) => `${name} ${share}`).join(", ")}`);
console.log(`slowest rules:           ${timedOne.rules.map(([id, , share]) => `${id} ${share}`).join(", ")}`);
console.log(`cold start, one file:    ${fmt(cliStart, 0)} ms  vs node -e 0: ${fmt(nodeStart, 0)} ms  ratio ${fmt(cliStart / nodeStart)}x${process.env.NODE_EXTRA_CA_CERTS ? "  (NODE_EXTRA_CA_CERTS, set here, left out)" : ""}`);
console.log(`  floor, dockerfile-ast:  ${fmt(floorStart, 0)} ms  ratio ${fmt(floorStart / nodeStart)}x  (parsing the same file, loaded as packages load)`);
console.log(`  without its code cache: ${fmt(cliStartUncached, 0)} ms  ratio ${fmt(cliStartUncached / nodeStart)}x  (another Node.js)`);
console.log(`  one needing tree-sitter: ${fmt(cliStartTreeSitter, 0)} ms  ratio ${fmt(cliStartTreeSitter / nodeStart)}x`);
if (shellcheck) {
  const cpu = (r) => (Number.isNaN(r.cpuMs) ? "" : `  CPU ${fmt(r.cpuMs / 1000)} s  peak RSS ${fmt(r.rssMb, 0)} MB`);
  console.log(`with shellcheck (${shellcheck}), the rule on:`);
  console.log(`  CLI, --jobs 1:         ${rate(withShellcheck.one.ms)}${cpu(withShellcheck.one)}`);
  console.log(`  CLI, --jobs ${cores}:         ${rate(withShellcheck.threads.ms)}${cpu(withShellcheck.threads)}`);
  console.log(`  CLI, default (auto):   ${rate(withShellcheck.auto.ms)}${cpu(withShellcheck.auto)}`);
  console.log(`  cold, one file, 3 RUNs: ${fmt(withShellcheck.cold, 0)} ms  ratio to node -e 0 ${fmt(withShellcheck.coldRatio)}x`);
} else console.log("with shellcheck: skipped, no shellcheck on PATH");
if (hadolint) {
  console.log(`hadolint (${hadolint}):   ${rate(hadolintMs)}`);
  console.log(`  docklint without ShellCheck is ${fmt(hadolintMs / best.auto)}x faster${shellcheck ? `, with it ${fmt(hadolintMs / withShellcheck.auto.ms)}x` : ""}`);
} else console.log("hadolint: skipped, no hadolint on PATH and $HADOLINT not set");
