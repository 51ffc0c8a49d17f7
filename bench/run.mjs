// npm run bench: lints every file of ../shared/corpus in one process with the built package and
// compares it with the floor (the same texts parsed by dockerfile-ast alone), then times one
// cold CLI run against `node -e 0`. Figures are ratios from this one run; the machine varies.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DockerfileParser } from "dockerfile-ast";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.argv[2] ?? path.join(root, "..", "shared", "corpus");
const dist = path.join(root, "dist");
if (!fs.existsSync(path.join(dist, "index.js"))) {
  console.error("bench: dist/ is missing; run npm run build first.");
  process.exit(2);
}
const { createLinter } = await import(path.join(dist, "index.js"));

const files = fs
  .readdirSync(corpus)
  .filter((name) => name.endsWith(".Dockerfile"))
  .sort()
  .map((name) => ({ name: path.join(corpus, name), text: fs.readFileSync(path.join(corpus, name), "utf8") }));
// docklint's own work: the shellcheck rule runs an outside binary per RUN and is timed apart
const linter = createLinter({ cwd: corpus, noConfig: true, rules: { shellcheck: "off" } });

async function timeLint() {
  const start = performance.now();
  let findings = 0;
  for (const f of files) findings += (await linter.lintText(f.text, f.name)).messages.length;
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
const floors = [];
const lints = [];
for (let i = 0; i < 5; i++) {
  floors.push(timeFloor().ms);
  lints.push(await timeLint());
}
const floor = Math.min(...floors);
const lint = lints.reduce((a, b) => (a.ms <= b.ms ? a : b));
const rss = process.memoryUsage().rss;

function median(cmd, args, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(cmd, args, { cwd: corpus, stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
    times.push(performance.now() - start);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const sample = files[Math.floor(files.length / 2)].name;
const nodeStart = median(process.execPath, ["-e", "0"]);
const cliStart = median(process.execPath, [path.join(dist, "cli.js"), "--no-config", "--rule", "shellcheck=off", sample]);

const n = files.length;
const fmt = (x, d = 2) => x.toFixed(d);
console.log(`corpus: ${n} files (${corpus})`);
console.log(`docklint, one process:      ${fmt(lint.ms / 1000)} s  ${fmt(n / (lint.ms / 1000), 0)} files/s  ${fmt(lint.ms / n, 3)} ms/file  (${lint.findings} findings)`);
console.log(`floor, dockerfile-ast parse: ${fmt(floor / 1000)} s  ${fmt(n / (floor / 1000), 0)} files/s  ${fmt(floor / n, 3)} ms/file`);
console.log(`ratio docklint / floor:      ${fmt(lint.ms / floor)}x`);
console.log(`peak RSS (bench process):    ${fmt(rss / 1024 / 1024, 0)} MB`);
console.log(`cold start, one file:        ${fmt(cliStart, 0)} ms  vs node -e 0: ${fmt(nodeStart, 0)} ms  ratio ${fmt(cliStart / nodeStart)}x`);
