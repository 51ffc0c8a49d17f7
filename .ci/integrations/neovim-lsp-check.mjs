// Checks what Neovim's LSP client got from docklint --lsp (neovim-lsp.lua's JSON) against the
// command line on the same file: the same findings at the same positions (0-based lines, UTF-16
// columns), shown by the editor, and fix-all giving the text `docklint --fix` writes.
// Usage: node neovim-lsp-check.mjs <out.json> <dir holding Dockerfile and fixed.Dockerfile> <dist/cli.cjs>
import { spawnSync } from "node:child_process";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

const [outFile, dir, cli] = process.argv.slice(2);
const got = JSON.parse(fs.readFileSync(outFile, "utf8"));
assert.equal(got.error, undefined, `Neovim: ${got.error}`);

const lint = spawnSync(process.execPath, [cli, "-f", "json", "Dockerfile"], { cwd: dir, encoding: "utf8" });
const [result] = JSON.parse(lint.stdout);
const SEVERITY = { error: 1, warning: 2, info: 3, style: 4 };
const expected = result.messages.map((m) => ({
  range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
  severity: SEVERITY[m.level],
  code: m.ruleId,
  source: "docklint",
  message: m.message,
  ...(m.docsUrl ? { codeDescription: { href: m.docsUrl } } : {}),
}));
assert.ok(expected.length > 0, "the fixture has findings");
assert.deepEqual(got.published.diagnostics, expected);
assert.equal(got.shown, expected.length, "Neovim shows each diagnostic");

assert.deepEqual(got.actions, [{ title: "Fix all docklint problems", kind: "source.fixAll.docklint" }]);
spawnSync(process.execPath, [cli, "--fix", "fixed.Dockerfile"], { cwd: dir });
assert.equal(got.fixed, fs.readFileSync(path.join(dir, "fixed.Dockerfile"), "utf8"));
assert.notEqual(got.fixed, fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), "fix-all changed the text");
console.log(`neovim-lsp: ${expected.length} diagnostics and fix-all as the command line gives them`);
