#!/usr/bin/env bash
# docklint --lsp with a second real editor as its client: Debian's Emacs with eglot, in batch mode,
# set up with the snippet docs/language-server.md gives (emacs-eglot.el reads it from there), opens
# fixtures/data-science/Dockerfile and writes the diagnostics flymake shows; the command line on
# the same file must give the same findings, each on its line with its level.
# Usage (from the repository root, after npm ci): bash .ci/integrations/emacs-eglot.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v emacs >/dev/null 2>&1 || ! emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq emacs-nox elpa-eglot elpa-dockerfile-mode >/dev/null
fi
emacs --version | head -1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/fixtures/data-science/Dockerfile" "$work/Dockerfile"
printf 'rules:\n  shellcheck: off\n' > "$work/.docklintrc.yaml"
# the snippet runs `docklint` from PATH, as for a user who installed it
mkdir "$work/bin"
ln -s "$root/dist/cli.cjs" "$work/bin/docklint"
export PATH="$work/bin:$PATH" DOCKLINT_TODAY=2000-01-01 NO_COLOR=1
(cd "$work" && OUT="$work/out.tsv" DOCS="$root/docs/language-server.md" timeout 120 emacs --batch --no-init-file -l "$root/.ci/integrations/emacs-eglot.el" Dockerfile 2>/dev/null)
node --input-type=module - "$work" "$root/dist/cli.cjs" <<'JS'
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
const [dir, cli] = process.argv.slice(2);
const got = fs.readFileSync(path.join(dir, "out.tsv"), "utf8").trim().split("\n");
assert.ok(!got[0].startsWith("ERROR"), `Emacs: ${got[0]}`);
const [result] = JSON.parse(spawnSync(process.execPath, [cli, "-f", "json", "Dockerfile"], { cwd: dir, encoding: "utf8" }).stdout);
// eglot's flymake types for LSP severities 1, 2, and 3 or 4
const TYPE = { error: "eglot-error", warning: "eglot-warning", info: "eglot-note", style: "eglot-note" };
const expected = result.messages.map((m) => `${m.line}\t${TYPE[m.level]}\tdocklint [${m.ruleId}]: ${m.message}`);
assert.ok(expected.length > 0, "the fixture has findings");
assert.deepEqual([...got].sort(), [...expected].sort());
console.log(`emacs-eglot: ${got.length} diagnostics, as the command line gives them, with the docs' snippet`);
JS
