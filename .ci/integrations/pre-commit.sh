#!/usr/bin/env bash
# The pre-commit hooks in .pre-commit-hooks.yaml, run by the real pre-commit against a throwaway
# repository: `docklint` fails on bad Dockerfiles and Compose files, under every kind of name
# docklint takes for one (README, "Usage") and on nothing else, and passes on good ones;
# `docklint-fix` rewrites a fixable file (which makes pre-commit fail, as formatters do) and then
# passes.
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

# a bad file under each kind of name docklint takes for a Dockerfile (src/dockerfile-names.ts;
# pre-commit's `dockerfile` type misses some), and one it does not take, with the same text
dockerfiles=(Dockerfile web.dockerfile Containerfile Containerfile.dev x.Dockerfile)
other=Dockerfile.d/notes.txt
mkdir -p "$(dirname "$other")"
for name in "${dockerfiles[@]}" "$other"; do printf 'FROM debian:12\nMAINTAINER ops@example.com\nCMD ["bash"]\n' > "$name"; done
git add "${dockerfiles[@]}" "$other"
expect 1 docklint "bad Dockerfiles"
for name in "${dockerfiles[@]}"; do
  # stylish: the file's name on a line of its own, then its findings
  grep -A1 -Fx "$name" "$work/out" | grep -q "no-maintainer" || { cat "$work/out"; echo "pre-commit: $name was not linted" >&2; exit 1; }
done
if grep -Fq "$other" "$work/out"; then cat "$work/out"; echo "pre-commit: $other is no Dockerfile but was linted" >&2; exit 1; fi
git rm -qf "${dockerfiles[@]:1}" "$other"

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

# Compose files (src/compose-names.ts), and a name docklint does not take for one (compose.prod.yaml
# is read only with -f; linted as a Dockerfile it would fail)
composefiles=(compose.yaml deploy/docker-compose.yml stack/compose.override.yaml)
mkdir -p deploy stack
for name in "${composefiles[@]}"; do printf 'services:\n  web:\n    image: nginx:1.27.3\n    privileged: true\n' > "$name"; done
printf 'services:\n  web:\n    image: nginx:1.27.3\n' > compose.prod.yaml
git add "${composefiles[@]}" compose.prod.yaml
expect 1 docklint "bad Compose files"
for name in "${composefiles[@]}"; do
  grep -A1 -Fx "$name" "$work/out" | grep -q "compose-privileged" || { cat "$work/out"; echo "pre-commit: $name was not linted" >&2; exit 1; }
done
if grep -Fq "compose.prod.yaml" "$work/out"; then cat "$work/out"; echo "pre-commit: compose.prod.yaml is no Compose file docklint takes but was linted" >&2; exit 1; fi
git rm -qf "${composefiles[@]:1}"
printf 'services:\n  web:\n    image: nginx:1.27.3\n' > compose.yaml
git add compose.yaml
expect 0 docklint "good Compose file"
printf 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27.3\n' > compose.yaml
git add compose.yaml
expect 1 docklint-fix "fixable Compose file"
[ "$(cat compose.yaml)" = "$(printf 'services:\n  web:\n    image: nginx:1.27.3')" ] || { printf 'pre-commit: docklint-fix wrote:\n%s\n' "$(cat compose.yaml)" >&2; exit 1; }
git add compose.yaml
expect 0 docklint-fix "fixed Compose file"
echo "pre-commit: docklint and docklint-fix hooks behave, on every Dockerfile and Compose file name"
