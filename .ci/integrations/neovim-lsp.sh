#!/usr/bin/env bash
# docklint --lsp with a real editor as its client: Debian's Neovim, headless, with its built-in LSP
# client (neovim-lsp.lua), opens fixtures/data-science/Dockerfile, waits for the diagnostics and
# applies fix-all; neovim-lsp-check.mjs holds what it got to what the command line gives.
# Usage (from the repository root, after npm ci): bash .ci/integrations/neovim-lsp.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v nvim >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq neovim >/dev/null
fi
nvim --version | head -1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/fixtures/data-science/Dockerfile" "$work/Dockerfile"
cp "$work/Dockerfile" "$work/fixed.Dockerfile"
# the same findings on any day and machine: no ShellCheck, and base-image-eol's day fixed as in the tests
printf 'rules:\n  shellcheck: off\n' > "$work/.docklintrc.yaml"
export DOCKLINT_TODAY=2000-01-01 NO_COLOR=1
(cd "$work" && OUT="$work/out.json" DOCKLINT="$root/dist/cli.cjs" timeout 120 nvim --headless --clean -u "$root/.ci/integrations/neovim-lsp.lua" Dockerfile)
node "$root/.ci/integrations/neovim-lsp-check.mjs" "$work/out.json" "$work" "$root/dist/cli.cjs"
