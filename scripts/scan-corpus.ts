// Lints the corpus ($DOCKLINT_CORPUS, else ../shared/corpus; or the paths given) with the named rules only, printing every finding
// with the line it points at: the tool for hunting false positives.
//   npx tsx scripts/scan-corpus.ts <rule-id>[,<rule-id>...] [--limit N] [paths...]
import fs from "node:fs";
import path from "node:path";
import { lintText } from "../src/engine/linter.js";
import { ruleRegistry } from "../src/lint-session.js";
import { loadShellParser } from "../src/shell/bash-parser.js";

const [ids, ...rest] = process.argv.slice(2);
if (!ids) {
  console.error("usage: npx tsx scripts/scan-corpus.ts <rule-id>[,<rule-id>] [--limit N] [paths...]");
  process.exit(2);
}
const limitAt = rest.indexOf("--limit");
const limit = limitAt >= 0 ? Number(rest.splice(limitAt, 2)[1]) : Infinity;
const corpus = process.env.DOCKLINT_CORPUS ?? path.join(import.meta.dirname, "..", "..", "shared", "corpus");
const files = rest.length ? rest : fs.readdirSync(corpus).filter((f) => f.endsWith(".Dockerfile")).map((f) => path.join(corpus, f));
const registry = ruleRegistry();
const rules = ids.split(",").map((id) => {
  const rule = registry.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return { id, rule, level: rule.meta.defaultLevel, options: [] };
});
await loadShellParser();
let shown = 0;
const counts = new Map<string, number>();
let filesWith = 0;
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const { findings } = lintText(text, { filename: file, cwd: path.dirname(file), rules, registry });
  if (findings.length) filesWith++;
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    counts.set(f.ruleId ?? "-", (counts.get(f.ruleId ?? "-") ?? 0) + 1);
    if (shown++ < limit) console.log(`${file}:${f.line}:${f.column} ${f.ruleId} ${f.message}\n    ${lines[f.line - 1]?.trim()}`);
  }
}
console.log(`\n${files.length} files, ${filesWith} with findings`, Object.fromEntries(counts));
