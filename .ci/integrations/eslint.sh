#!/usr/bin/env bash
# The ESLint plugin under the real eslint 9 and 10: the packed package and eslint, installed
# from the npm registry into a throwaway project, lint a bad, a good and a disabled Dockerfile,
# `eslint --fix` must write exactly what `docklint --fix` writes, ESLint's language server
# (what the VS Code extension and Neovim run) must show an editor the same findings and, with the
# settings docs/integrations.md gives, offer no code action that breaks the Dockerfile, and an
# eslint.config.cjs that require()s the plugin must work as the ES module config does.
# Usage (from the repository root, after npm ci): bash .ci/integrations/eslint.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# npm pack runs the build (prepack) and prints the tarball's name last
tarball="$work/$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"

write_files() {
  mkdir -p bad good disabled fixed-by-eslint fixed-by-docklint
  cat > bad/Dockerfile <<'DOCKERFILE'
FROM debian:12
RUN apt-get update && apt-get install curl
RUN sudo ls
DOCKERFILE
  cat > good/Dockerfile <<'DOCKERFILE'
FROM alpine:3.22
RUN apk add --no-cache curl=8.9.1-r0
USER 1000
CMD ["curl", "--version"]
DOCKERFILE
  { sed -n 1,2p bad/Dockerfile; echo "# eslint-disable-next-line docklint/no-sudo -- the base image needs it"; sed -n 3p bad/Dockerfile; } > disabled/Dockerfile
  cp bad/Dockerfile fixed-by-eslint/Dockerfile
  cp bad/Dockerfile fixed-by-docklint/Dockerfile
  cat > eslint.config.js <<'CONFIG'
import docklint from "docklint/eslint-plugin";

export default [docklint.configs.recommended];
CONFIG
  echo '{ "name": "eslint-plugin-check", "private": true, "type": "module" }' > package.json
}

# Runs a command and checks its exit code; its standard output goes to the file named by $2.
expect_exit() {
  local want=$1 out=$2
  shift 2
  local got=0
  "$@" > "$out" 2> "$out.stderr" || got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: '$*' exited $got, expected $want:" >&2
    cat "$out" "$out.stderr" >&2
    exit 1
  fi
}

# Checks ESLint's JSON report against docklint's (rule, line, column, end, message) and the
# findings the test expects by name.
cat > "$work/compare.mjs" <<'NODE'
import fs from "node:fs";
const [eslintJson, docklintJson, expected, absent] = process.argv.slice(2);
const eslint = JSON.parse(fs.readFileSync(eslintJson, "utf8"))[0].messages;
const docklint = JSON.parse(fs.readFileSync(docklintJson, "utf8"))[0].messages;
const key = (m, prefix) => `${prefix}${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`;
const fromEslint = eslint.map((m) => key(m, ""));
const fromDocklint = docklint.filter((m) => m.ruleId !== absent).map((m) => key(m, "docklint/"));
const fail = (why) => { console.error(`FAIL: ${why}\n  eslint:   ${fromEslint.join("\n            ")}\n  docklint: ${fromDocklint.join("\n            ")}`); process.exit(1); };
if (JSON.stringify(fromEslint) !== JSON.stringify(fromDocklint)) fail("ESLint and docklint report different findings");
for (const want of expected ? expected.split(",") : []) {
  if (!eslint.some((m) => `${m.ruleId}@${m.line}:${m.column}` === want)) fail(`no ${want}`);
}
if (absent && eslint.some((m) => m.ruleId === `docklint/${absent}`)) fail(`${absent} was not silenced`);
NODE

# Checks the edits the editor offers on a Dockerfile (eslint-language-server.mjs ... edits): there
# are some; none writes a `//` or `/*` comment, which Docker reads as an unknown instruction (its
# comments start with `#`); and the file each action leaves has no syntax finding the original had not.
cat > "$work/safe-edits.mjs" <<'NODE'
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
const [file, editsJsonl] = process.argv.slice(2);
const { lintText } = await import(pathToFileURL(createRequire(path.resolve("package.json")).resolve("docklint")).href);
const text = fs.readFileSync(file, "utf8");
const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
const offset = ({ line, character }) => lineStarts[line] + character;
// LSP: every edit's range is in the original text; later edits first keeps earlier offsets valid
const apply = (edits) => edits.map((edit, i) => ({ ...edit, i })).sort((a, b) => offset(b.range.start) - offset(a.range.start) || b.i - a.i)
  .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
const syntaxErrors = async (t) => (await lintText(t, { filePath: file })).messages.filter((m) => m.ruleId === "syntax").map((m) => `${m.line}:${m.column} ${m.message}`);
const before = await syntaxErrors(text);
const actions = fs.readFileSync(editsJsonl, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
// a line that starts with `//` or `/*`, or an ESLint directive in such a comment (at a line's end)
const cStyleComment = /(^|\n)[ \t]*(\/\/|\/\*)|(\/\/|\/\*+)[ \t]*eslint/;
const problems = [];
for (const { title, edits } of actions) {
  for (const { newText } of edits) if (cStyleComment.test(newText)) problems.push(`'${title}' inserts '${newText.trim()}'`);
  const after = await syntaxErrors(apply(edits));
  if (after.length > before.length) problems.push(`'${title}' leaves: ${after.join("; ")}`);
}
if (!actions.some(({ edits }) => edits.length)) problems.push("no code action offered an edit");
if (problems.length) {
  console.error(`FAIL: the editor's code actions on ${file}:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
NODE

for major in 9 10; do
  project="$work/eslint$major"
  mkdir -p "$project"
  cd "$project"
  write_files
  npm install --loglevel=error --no-audit --no-fund "eslint@$major" "$tarball" vscode-langservers-extracted >/dev/null
  version=$(npx eslint --version)

  # a clean file: exit 0, nothing printed
  expect_exit 0 good.txt npx eslint good
  [ ! -s good.txt ] || { echo "FAIL: eslint $version printed findings for good/Dockerfile:" >&2; cat good.txt >&2; exit 1; }

  # findings with an error among them: exit 1, the same findings docklint reports, at the same places
  expect_exit 1 bad.json npx eslint --format json bad
  expect_exit 1 docklint-bad.json npx docklint --format json bad/Dockerfile
  node "$work/compare.mjs" bad.json docklint-bad.json "docklint/no-sudo@3:5,docklint/apt-no-install-recommends@2:31"

  # an editor: the language server's diagnostics are ESLint's findings (LSP severity 1 is error)
  node "$root/.ci/integrations/eslint-language-server.mjs" . bad/Dockerfile > editor.txt
  node -e 'for (const m of JSON.parse(require("fs").readFileSync("bad.json", "utf8"))[0].messages) console.log(`${m.line}:${m.column} ${3 - m.severity} ${m.ruleId}`)' > cli.txt
  grep -qx "3:5 1 docklint/no-sudo" editor.txt || { echo "FAIL: the language server did not show no-sudo at 3:5" >&2; cat editor.txt >&2; exit 1; }
  if ! diff -u cli.txt editor.txt >&2; then echo "FAIL: the language server with eslint $version shows other findings than eslint" >&2; exit 1; fi

  # the editor's code actions, with the settings docs/integrations.md gives, break no Dockerfile
  node "$root/.ci/integrations/eslint-language-server.mjs" . bad/Dockerfile edits documented > edits.jsonl
  node "$work/safe-edits.mjs" bad/Dockerfile edits.jsonl
  # and the check bites: with the extension's defaults, "Disable <rule> for this line" writes `//`,
  # the reason the docs turn those actions off
  node "$root/.ci/integrations/eslint-language-server.mjs" . bad/Dockerfile edits defaults > default-edits.jsonl
  if node "$work/safe-edits.mjs" bad/Dockerfile default-edits.jsonl 2> default-edits.txt; then
    echo "FAIL: with its default settings the language server offered no edit that breaks a Dockerfile: if it writes '#' comments for Dockerfiles now, docs/integrations.md can turn its disable actions back on" >&2
    exit 1
  fi
  grep -q "inserts '// eslint-disable-next-line docklint/no-sudo'" default-edits.txt || { echo "FAIL: expected the default settings to offer '// eslint-disable-next-line':" >&2; cat default-edits.txt >&2; exit 1; }

  # the directive silences the error (the warnings stay): exit 0
  expect_exit 0 disabled.json npx eslint --format json disabled
  expect_exit 1 docklint-disabled.json npx docklint --format json disabled/Dockerfile
  node "$work/compare.mjs" disabled.json docklint-disabled.json "docklint/apt-yes@2:31" no-sudo

  # eslint --fix writes the same text as docklint --fix (no-sudo has no fix: both still exit 1)
  expect_exit 1 fix-eslint.txt npx eslint --fix fixed-by-eslint
  expect_exit 1 fix-docklint.txt npx docklint --fix fixed-by-docklint/Dockerfile
  if cmp -s fixed-by-eslint/Dockerfile bad/Dockerfile; then echo "FAIL: eslint $version --fix changed nothing" >&2; exit 1; fi
  if ! diff -u fixed-by-docklint/Dockerfile fixed-by-eslint/Dockerfile >&2; then echo "FAIL: eslint $version --fix and docklint --fix differ" >&2; exit 1; fi

  # a CommonJS config require()s the plugin (it loads without a top-level await)
  mkdir -p cjs && cp bad/Dockerfile cjs/Dockerfile
  printf 'const docklint = require("docklint/eslint-plugin");\n\nmodule.exports = [docklint.configs.recommended];\n' > cjs/eslint.config.cjs
  (cd cjs && expect_exit 1 ../cjs.json npx eslint --format json Dockerfile)
  node "$work/compare.mjs" cjs.json docklint-bad.json "docklint/no-sudo@3:5,docklint/apt-no-install-recommends@2:31"

  echo "eslint $version: findings, exit codes, eslint-disable-next-line, --fix, the editor server and a CommonJS config agree with docklint; the documented editor settings offer no edit that breaks a Dockerfile"
done
