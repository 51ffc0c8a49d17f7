#!/usr/bin/env bash
# The pre-commit hooks in .pre-commit-hooks.yaml, run by the real pre-commit against a throwaway
# repository: `docklint` fails on a bad Dockerfile and passes on a good one; `docklint-fix`
# rewrites a fixable file (which makes pre-commit fail, as formatters do) and then passes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
cd "$work" && mkdir project && cd project
git init -q && git config user.email ci@example.invalid && git config user.name ci

expect() { # expect <exit code> <hook> <what>
  local want="$1" hook="$2" what="$3" got=0
  pre-commit try-repo "$repo" "$hook" --all-files >"$work/out" 2>&1 || got=$?
  if [ "$got" != "$want" ]; then
    cat "$work/out"
    echo "pre-commit: $what: exit $got, expected $want" >&2
    exit 1
  fi
}

printf 'FROM debian:12\nMAINTAINER ops@example.com\nCMD ["bash"]\n' > Dockerfile
git add Dockerfile
expect 1 docklint "bad Dockerfile"
grep -q "no-maintainer" "$work/out" || { cat "$work/out"; echo "pre-commit: the finding is missing" >&2; exit 1; }

printf 'FROM debian:12\nLABEL org.opencontainers.image.authors="ops@example.com"\nUSER nobody\nCMD ["bash"]\n' > Dockerfile
git add Dockerfile
expect 0 docklint "good Dockerfile"

printf 'FROM debian:12\nMAINTAINER ops@example.com\nUSER nobody\nCMD ["bash"]\n' > Dockerfile
git add Dockerfile
expect 1 docklint-fix "fixable Dockerfile"
fixed="$(cat Dockerfile)"
want="$(printf 'FROM debian:12\nLABEL org.opencontainers.image.authors="ops@example.com"\nUSER nobody\nCMD ["bash"]')"
[ "$fixed" = "$want" ] || { printf 'pre-commit: docklint-fix wrote:\n%s\n' "$fixed" >&2; exit 1; }
git add Dockerfile
expect 0 docklint-fix "fixed Dockerfile"
echo "pre-commit: docklint and docklint-fix hooks behave"
