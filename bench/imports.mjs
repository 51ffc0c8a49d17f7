// npm run bench:imports: what each import costs a cold one-file run (issue 6), the way a
// pre-commit hook starts docklint. It records which Node builtins and dist files the run loads,
// then times loading each of them alone in fresh processes, in load order with what it imports
// loaded first, so each figure is that one import's own cost (compile and top-level code).
// Shares are of the whole cold run measured here; medians of RUNS processes; nothing asserted.
// Read small files' figures as an upper bound: timed one by one, each pays the loader's per-file
// round trip, which the run overlaps by loading a module's imports together.
// `npm run bench:imports -- FILE` measures the run on another Dockerfile.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { builtinModules } from "node:module";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const RUNS = 15;
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const cli = path.join(dist, "cli.js");
if (!fs.existsSync(cli)) {
  console.error("bench: dist/ is missing; run npm run build first.");
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-imports-"));
let target = process.argv[2];
if (!target) {
  target = path.join(tmp, "Dockerfile");
  fs.writeFileSync(target, "FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER nobody\n");
}
// as bench/run.mjs: docklint's own work, without the shellcheck binary
const runArgs = [cli, "--no-config", "--rule", "shellcheck=off", path.resolve(target)];

// 1. What the run loads: dist files through a module hook, builtins from Node's own load list
// (less what an empty ES module loads).
const loadedFiles = path.join(tmp, "files");
const hook = `import fs from "node:fs"; export async function load(url, context, next) { if (url.startsWith("file:")) fs.appendFileSync(${JSON.stringify(loadedFiles)}, url + "\\n"); return next(url, context); }`;
const register = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(hook))});`;
const listBuiltins = path.join(tmp, "builtins.cjs");
fs.writeFileSync(listBuiltins, `process.on("exit", () => process._rawDebug("BUILTINS " + JSON.stringify(process.moduleLoadList)));`);
const builtinsOf = (args) => {
  const { stderr } = spawnSync(process.execPath, ["-r", listBuiltins, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  const list = JSON.parse(/^BUILTINS (.*)$/m.exec(stderr)[1]);
  return list.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice("NativeModule ".length));
};
const empty = path.join(tmp, "empty.mjs");
fs.writeFileSync(empty, "");
const before = new Set(builtinsOf([empty]));
const builtins = builtinsOf(runArgs).filter((m) => !before.has(m) && builtinModules.includes(m));
spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(register)}`, ...runArgs], { stdio: "ignore" });
const files = [...new Set(fs.readFileSync(loadedFiles, "utf8").split("\n").filter(Boolean))].map((url) => fileURLToPath(url));

// 2. Each one's own cost. A dist file is imported after the files it imports (statically or not)
// that the run loaded; argv says --version, so the entry and main chunk run nothing else (the
// main chunk's figure includes printing the version, which sets up process.stdout).
const importsOf = (file) =>
  [...fs.readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)]
    .map((m) => path.resolve(path.dirname(file), m[1]))
    .filter((f) => files.includes(f));
const order = [];
const visit = (file) => {
  if (order.includes(file)) return;
  order.push(null); // a placeholder against import cycles
  importsOf(file).forEach(visit);
  order[order.indexOf(null)] = file;
};
files.forEach(visit);
const measure = `
const ms = {};
// process.hrtime, not performance: the global performance would load perf_hooks before the timing
const now = () => Number(process.hrtime.bigint()) / 1e6;
await import("data:text/javascript,"); // the first dynamic import's own set-up is no file's cost
process.argv = [process.argv[0], ${JSON.stringify(cli)}, "--version"];
for (const name of ${JSON.stringify(builtins)}) {
  const start = now();
  process.getBuiltinModule(name);
  ms["node:" + name] = now() - start;
}
for (const file of ${JSON.stringify(order.filter(Boolean))}) {
  const start = now();
  await import(${JSON.stringify(pathToFileURL(dist).href)} + file.slice(${JSON.stringify(dist)}.length));
  ms[file] = now() - start;
}
process._rawDebug("MS " + JSON.stringify(ms));`;
const measureFile = path.join(tmp, "measure.mjs");
fs.writeFileSync(measureFile, measure);

const wall = (args) => {
  const start = performance.now();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return performance.now() - start;
};
const samples = { node: [], run: [] };
const costs = {};
for (let i = 0; i < RUNS; i++) {
  samples.node.push(wall(["-e", "0"]));
  samples.run.push(wall(runArgs));
  const { stderr } = spawnSync(process.execPath, [measureFile], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  for (const [name, ms] of Object.entries(JSON.parse(/^MS (.*)$/m.exec(stderr)[1]))) (costs[name] ??= []).push(ms);
}
fs.rmSync(tmp, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const run = median(samples.run);
const node = median(samples.node);
const row = (name, ms, detail = "") => console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(6)} ms ${((100 * ms) / run).toFixed(1).padStart(5)} %  ${detail}`);
console.log(`cold one-file run (${RUNS} runs, medians): ${target === path.join(tmp, "Dockerfile") ? "FROM/RUN/USER" : target}`);
row("whole run", run);
row("node -e 0", node);
let sum = 0;
for (const [name, ms] of Object.entries(costs)) {
  const m = median(ms);
  sum += m;
  const label = name.startsWith("node:") ? name : path.relative(dist, name);
  row(`  ${label}`, m, name.startsWith("node:") ? "" : `${(fs.statSync(name).size / 1024).toFixed(0)} KB`);
}
row("imports above, together", sum);
row("the rest (linting, output, loader, exit)", run - node - sum);
