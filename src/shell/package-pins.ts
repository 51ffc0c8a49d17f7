// What pins a package to a version, per manager: `pkg=1.2` for apt, `pkg==1.2` for pip, a
// module's stream, a VCS URL's ref, a constraints file; and the packages of an install that no
// version pins.
import type { Word } from "../parse/model.js";
import type { Resolved } from "../parse/variables.js";
import { moduleWord, packageWord, type Manager, type PackageInstall } from "./package-managers.js";

/** A package of an install that names no version. */
export interface UnpinnedPackage {
  word: Word;
  /** The package name as installed (after ARG/ENV substitution). */
  name: string;
}

/**
 * Whether a package word, split into name and spec, pins a version. Each manager's own syntax:
 * `apt-get install curl=7.88*`, `apk add git~2.45`, `yum install which-2.21-30.el9`,
 * `zypper in 'tomcat>=9'`, `pip install 'a>=1'`, `npm i x@^4`, `gem install x:1`, `go install x@v1`.
 */
/** `@1.2`, `@^1.2`, `@ >= 1`: blanks around the operators, never two runs of them in a row (they backtracked). */
const NPM_VERSION = /^@\s*(?:[v=<>~^]+\s*)?\d/;

const pinned: Record<Manager, (name: string, spec: string) => boolean> = {
  apt: (_, spec) => /^=./.test(spec),
  apk: (_, spec) => /^[=~<>]./.test(spec),
  yum: (name, spec) => rpmPinned(name, spec),
  dnf: (name, spec) => rpmPinned(name, spec),
  zypper: (name, spec) => rpmPinned(name, spec),
  // any PEP 440 specifier or a direct reference: a range is the author's choice of what may change
  pip: (_, spec) => pipPinned(spec),
  pipx: (_, spec) => pipPinned(spec),
  // a version or a range; a dist-tag (`@latest`, `@next`) moves
  npm: (_, spec) => NPM_VERSION.test(spec),
  yarn: (_, spec) => NPM_VERSION.test(spec),
  gem: (_, spec) => /^:./.test(spec),
  // `@latest` and branch queries move; a version or a commit does not. Packages of the module being
  // built (`./cmd/x`, `std`, `main.go`) take no version: only module paths (`example.com/x`) are judged.
  go: (name, spec) =>
    !/^[^/]*\.[^/]*(\/|$)/.test(name) || /\.go$/.test(name) || (/^@./.test(spec) && !/^@(latest|upgrade|patch|master|main)$/.test(spec)),
  // `-stable`, `-beta`, `-alpha` name a release state, which moves
  pecl: (_, spec) => /^-\d/.test(spec),
  cargo: (_, spec) => /^@./.test(spec),
  // `=1.26` (1.26.*), `==1.26.4`, a range, `'numpy 1.26'`, or `numpy[version='>=1.2']`
  conda: (_, spec) => /^\s*(?:[=<>!~]|\d)/.test(spec) || /^\[(?:[^\]]*[\s,])?version\s*=/.test(spec),
  uv: (_, spec) => pipPinned(spec),
};

function pipPinned(spec: string): boolean {
  return /^\s*[=<>!~@]/.test(spec.replace(/^\[[^\]]*\]/, ""));
}

/** A module spec names its stream (`nodejs:18`, `nodejs:18/common`); a profile alone (`nodejs/common`) takes the default stream. */
function modulePinned(_: string, spec: string): boolean {
  return /^:[^:/]/.test(spec);
}

// `name-version[-release]`: the version starts with a digit, the release too (epoch allowed)
const RPM_VERSIONED = /^.+?-\d[\w.+~^:]*(?:-\d[\w.+~^]*)?$/;

function rpmPinned(name: string, spec: string): boolean {
  return /^\s*[=<>]/.test(spec) || RPM_VERSIONED.test(name);
}

/**
 * Whether a VCS or git URL names a ref: `git+https://host/x.git@v1#egg=x` (pip),
 * `git+ssh://git@host/x.git#v1` (npm). The user part of `git@host` is not a ref.
 */
function vcsUrlRef(manager: Manager, value: string): boolean | null {
  const url = /^(?:git|hg|svn|bzr)\+[a-z]+:\/\/(.*)$|^git:\/\/(.*)$/.exec(value);
  if (!url) return null;
  const rest = url[1] ?? url[2];
  if (manager === "npm") return /#./.test(rest);
  const path = rest.split("#", 1)[0].replace(/^[^/]*/, "");
  return /@./.test(path);
}

const UV_PINNING_FLAGS = ["-c", "--constraint", "--constraints", "--override", "--overrides", "--exclude-newer", "--from"];

/** Installs whose words are not versioned packages: groups, patterns, or names a constraints file pins. */
function installsVersionedPackages({ manager, command, subcommand, kind }: PackageInstall): boolean {
  if (subcommand?.value === "groupinstall" || kind === "group") return false;
  if (manager === "zypper") {
    const type = command.flagValue("-t", "--type")?.value;
    if (type !== undefined && type !== "package") return false;
  }
  // the constraints file holds the versions of whatever is installed
  if (manager === "pip" && command.hasFlag("-c", "--constraint")) return false;
  // uv: constraints and overrides files hold the versions, `--exclude-newer` fixes the date the
  // resolution sees, and `tool install --from` names the package in the flag, not the positional
  if (manager === "uv" && command.hasFlag(...UV_PINNING_FLAGS)) return false;
  return true;
}

/**
 * The packages of an install that pin no version. Variables are substituted first; a version
 * held in a variable (`curl=$CURL_VERSION`) is a pin whatever its value, and a word whose value
 * cannot be known is never reported.
 */
export function unpinnedPackages(install: PackageInstall, resolve: (text: string) => Resolved): UnpinnedPackage[] {
  const { manager } = install;
  if (!installsVersionedPackages(install)) return [];
  const split = install.kind === "module" ? moduleWord : (w: Word) => packageWord(manager, w);
  const isPinned = install.kind === "module" ? modulePinned : pinned[manager];
  const args = install.command.args;
  const end = manager === "gem" ? args.find((w) => w.value === "--")?.range[0] ?? Infinity : Infinity;
  const out: UnpinnedPackage[] = [];
  for (const pkg of install.packages) {
    const word = pkg.word;
    if (word.range[0] > end) continue;
    const value = word.value;
    const vcs = vcsUrlRef(manager, value);
    if (vcs !== null) {
      if (!vcs) out.push({ word, name: value });
      continue;
    }
    if (!/[$`]/.test(value)) {
      if (pkg.name !== null && !isPinned(pkg.name, pkg.spec)) out.push({ word, name: pkg.name });
      continue;
    }
    // a version spec already started before the first variable: the variable is the version
    const before = split({ ...word, value: value.slice(0, value.search(/[$`]/)) });
    if (before.name !== null && before.spec !== "") continue;
    const resolved = resolve(value);
    if (resolved.unresolved.length || /[$`]/.test(resolved.value)) continue;
    for (const part of resolved.value.split(/\s+/).filter(Boolean)) {
      const p = split({ ...word, value: part });
      if (p.name !== null && !isPinned(p.name, p.spec)) {
        out.push({ word, name: p.name });
        break;
      }
    }
  }
  return out;
}
