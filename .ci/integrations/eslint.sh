#!/usr/bin/env bash
# The ESLint plugin under the real eslint 9 and 10: the packed package and eslint, installed
# from the npm registry into a throwaway project, lint a bad, a good and a disabled Dockerfile,
# `eslint --fix` must write exactly what `docklint --fix` writes, ESLint's language server
# (what the VS Code extension and Neovim run) must show an editor the same findings, and an
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
FROM alpine:3.20
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

  echo "eslint $version: findings, exit codes, eslint-disable-next-line, --fix, the editor server and a CommonJS config agree with docklint"
done
