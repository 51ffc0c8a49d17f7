// npm run fix-check [DIR]: fixes every Dockerfile of DIR (default $DOCKLINT_CORPUS, else ../shared/corpus) with every
// rule on and checks each fix (scripts/fix-safety.ts), then runs the built CLI's --fix twice on a
// copy of DIR: the files it writes must be exactly the checked output, and the second run must
// change nothing. Prints the figures; exits 1 when any fix broke a promise.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDockerfileName } from "../src/dockerfile-names.js";
import { LintSession } from "../src/lint-session.js";
import { checkFix, FIX_CHECK_CONFIG } from "./fix-safety.js";

const root = path.join(import.meta.dirname, "..");
const dir = path.resolve(process.argv[2] ?? process.env.DOCKLINT_CORPUS ?? path.join(root, "..", "shared", "corpus"));
const cli = path.join(root, "dist", "cli.cjs");
if (!fs.existsSync(dir)) fail(`fix-check: no such directory: ${dir}`);
if (!fs.existsSync(cli)) fail("fix-check: dist/cli.cjs is missing; run npm run build first.");

const names = fs.readdirSync(dir).filter((n) => isDockerfileName(n) && fs.statSync(path.join(dir, n)).isFile()).sort();
const session = new LintSession({ cwd: dir, config: FIX_CHECK_CONFIG });
const outputs = new Map<string, string>();
const rejected: string[] = [];
const broken: string[] = [];
const rss: number[] = [];
let before = 0;
let fixable = 0;
let after = 0;
const start = performance.now();
for (const [index, name] of names.entries()) {
  const text = session.readDockerfile(name);
  const check = await checkFix(session, text, name);
  before += check.findingsBefore;
  fixable += check.fixableBefore;
  after += check.findingsAfter;
  if (check.output !== undefined) outputs.set(name, check.output);
  for (const r of check.rejected) rejected.push(`${name}: ${r.ruleId}: ${r.reason}`);
  for (const p of check.problems) broken.push(`${name}: ${p}`);
  if ((index + 1) % Math.ceil(names.length / 4) === 0 || index === names.length - 1) rss.push(process.memoryUsage().rss);
}
const seconds = (performance.now() - start) / 1000;

// the CLI on a copy: writes exactly the checked text, and a second run writes nothing
const copy = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-fix-check-"));
for (const name of names) {
  fs.copyFileSync(path.join(dir, name), path.join(copy, name));
  fs.chmodSync(path.join(copy, name), 0o644); // --fix leaves read-only files alone
}
fs.writeFileSync(path.join(copy, ".docklintrc.json"), JSON.stringify(FIX_CHECK_CONFIG));
const runFix = () => spawnSync(process.execPath, [cli, "--fix", "--no-fail", "-f", "compact", ...names], { cwd: copy, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
const first = runFix();
if (first.status !== 0) broken.push(`the CLI's --fix exited ${first.status}: ${first.stderr.split("\n").find((l) => !/fix for .* not applied/.test(l)) ?? ""}`);
for (const name of names) {
  const written = fs.readFileSync(path.join(copy, name), "utf8");
  const expected = outputs.get(name) ?? fs.readFileSync(path.join(dir, name), "utf8");
  if (written !== expected) broken.push(`${name}: the CLI wrote something else than the checked fix`);
}
const mtimes = names.map((n) => fs.statSync(path.join(copy, n)).mtimeMs);
const second = runFix();
const rewritten = names.filter((n, i) => fs.statSync(path.join(copy, n)).mtimeMs !== mtimes[i]);
if (second.status !== 0 || rewritten.length) broken.push(`a second CLI --fix rewrote ${rewritten.length} files: ${rewritten.slice(0, 5).join(", ")}`);
fs.rmSync(copy, { recursive: true, force: true });

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
console.log(`${names.length} Dockerfiles in ${dir}, every rule but shellcheck, in ${seconds.toFixed(1)} s`);
console.log(`files fixed: ${outputs.size}`);
console.log(`findings: ${before} before, ${after} after (${before - after} removed; ${fixable} had a fix)`);
console.log(`fixes rejected: ${rejected.length}${rejected.length ? "\n  " + rejected.join("\n  ") : ""}`);
console.log(`memory (RSS) after each quarter of the files: ${rss.map(mb).join(", ")}; peak ${mb(process.resourceUsage().maxRSS * 1024)}`);
console.log(`broken fixes: ${broken.length}${broken.length ? "\n  " + broken.join("\n  ") : ""}`);
process.exitCode = broken.length ? 1 : 0;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
