// Package managers as a RUN line uses them: which program is which manager, which of its flags
// take a value, which subcommand installs, and which words of an install are packages (with the
// name split from the version spec, so pin rules can read the spec).
import type { Range } from "../source/source.js";
import type { Word } from "../parse/model.js";
import { ShellCommand } from "./command.js";
import { PYTHON, pythonModule } from "./python.js";

export type Manager =
  | "apt" | "apk" | "yum" | "dnf" | "zypper" | "pip" | "pipx" | "npm" | "yarn" | "gem" | "go" | "pecl" | "cargo" | "conda" | "uv";

interface ManagerSpec {
  /** Program base names (`pip3.11` matches `^pip[0-9.]*$`). */
  programs: RegExp;
  /** Subcommands that install packages. */
  install: readonly string[];
  /** Flags whose value is the next word (`-o Dpkg::Options=x`, `-r requirements.txt`). */
  valueFlags: readonly string[];
  /**
   * The package name at the start of a word; what follows it is the version spec. The lookahead
   * lists what may follow a name, so paths, URLs and archives do not pass for names.
   */
  name: RegExp;
  /** Flags that make the install a dry run: nothing is installed. */
  dryRun?: readonly string[];
  /** Words that take an install subcommand of their own: uv's `pip install`, `tool install`. */
  nouns?: ReadonlyMap<string, readonly string[]>;
}

const yumFlags = [
  "-c", "--config", "--installroot", "--releasever", "--enablerepo", "--disablerepo", "-x", "--exclude",
  "--excludepkgs", "--setopt", "--repo", "--repoid", "-d", "--debuglevel", "-e", "--errorlevel", "--downloaddir",
  "--destdir", "--forcearch", "--repofrompath", "--color", "--rpmverbosity", "--disableplugin", "--enableplugin",
];
const npmFlags = [
  "--registry", "--prefix", "--cache", "--tag", "--userconfig", "--globalconfig", "-w", "--workspace", "--omit",
  "--include", "--install-strategy", "--loglevel", "--location", "--save-prefix", "--script-shell",
];
const rpmName = /^[A-Za-z0-9_+][A-Za-z0-9_+.:~-]*(?=$|[<>=])/;
// PEP 508: name, then extras, a version specifier, a marker or a direct reference
const pypiName = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?=$|[[<>=!~;@ ])/;
/** A module of `dnf module install`: `NAME[:STREAM[:VERSION...]][/PROFILE]`; the stream is the pin. */
const moduleName = /^[A-Za-z0-9_+][A-Za-z0-9_+.-]*(?=$|[:/])/;
/** yum/dnf subcommands whose next word is the action: `dnf module install nodejs:18`, `dnf group install x`. */
const RPM_NOUNS = new Set(["module", "group", "groups"]);
const npmName = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9_][\w.-]*(?=$|@)/i;
/**
 * A conda match spec: `numpy`, `numpy=1.26`, `numpy==1.26.4`, `numpy>=1.2`, `'numpy 1.26'`,
 * `numpy[version='>=1.2']`, with an optional channel (`conda-forge::numpy`).
 */
const condaName = /^(?:[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*::)?[A-Za-z0-9_][A-Za-z0-9_.+-]*(?=$|[=<>!~[ ])/;

const managers: Record<Manager, ManagerSpec> = {
  apt: {
    programs: /^(apt-get|apt|aptitude)$/,
    install: ["install"],
    valueFlags: [
      "-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release", "-a",
      "--host-architecture", "-F", "--display-format", "-w", "--width", "-S",
    ],
    name: /^[A-Za-z0-9][A-Za-z0-9+.-]*(?=$|[=/:])/,
    dryRun: ["-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon"],
  },
  apk: {
    programs: /^apk$/,
    install: ["add"],
    // -t/--virtual names a virtual package made of the others: it is not itself installed
    valueFlags: [
      "-X", "--repository", "-p", "--root", "-t", "--virtual", "--repositories-file", "--keys-dir", "--arch",
      "--cache-dir", "--cache-max-age", "--progress-fd", "--wait",
    ],
    name: /^[A-Za-z0-9_][A-Za-z0-9_+.-]*(?=$|[=~<>@])/,
  },
  yum: {
    programs: /^yum$/,
    install: ["install", "localinstall", "groupinstall", "reinstall"],
    valueFlags: yumFlags,
    name: rpmName,
  },
  dnf: {
    programs: /^(dnf|dnf5|microdnf)$/,
    install: ["install", "in", "localinstall", "groupinstall", "reinstall"],
    valueFlags: yumFlags,
    name: rpmName,
  },
  zypper: {
    programs: /^zypper$/,
    install: ["install", "in"],
    valueFlags: [
      "-c", "--config", "-R", "--root", "-D", "--reposd-dir", "-C", "--cache-dir", "--raw-cache-dir",
      "--solv-cache-dir", "--pkg-cache-dir", "--installroot", "-t", "--type", "-r", "--repo", "--from", "-p",
      "--plus-repo",
    ],
    name: rpmName,
  },
  pip: {
    programs: /^pip[0-9.]*$/,
    install: ["install"],
    valueFlags: [
      "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url",
      "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src", "--platform", "--python-version",
      "--implementation", "--abi", "--upgrade-strategy", "--no-binary", "--only-binary", "--progress-bar",
      "--trusted-host", "--proxy", "--retries", "--timeout", "--cache-dir", "--log", "--exists-action", "--cert",
      "--client-cert", "--global-option", "--install-option", "-C", "--config-settings", "--report", "--python",
      "--root-user-action", "--keyring-provider", "--use-feature", "--use-deprecated", "--group", "--build-constraint",
    ],
    name: pypiName,
    dryRun: ["--dry-run"],
  },
  // installs an application into a virtualenv of its own; the package is pip's requirement syntax
  pipx: {
    programs: /^pipx$/,
    install: ["install"],
    valueFlags: ["--python", "--suffix", "--pip-args", "-i", "--index-url", "--spec", "--preinstall", "--backend"],
    name: pypiName,
  },
  npm: { programs: /^npm$/, install: ["install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall"], valueFlags: npmFlags, name: npmName },
  yarn: {
    programs: /^yarn$/,
    install: ["add", "install"],
    valueFlags: [
      "--cwd", "--modules-folder", "--cache-folder", "--network-timeout", "--mutex", "--registry", "--global-folder",
      "--link-folder", "--network-concurrency", "--use-yarnrc", "--prefix",
    ],
    name: npmName,
  },
  gem: {
    programs: /^gem$/,
    install: ["install", "i"],
    valueFlags: [
      "-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy",
      "--platform", "-g", "--file", "--build-root",
    ],
    name: /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?=$|:)/,
  },
  go: {
    programs: /^go$/,
    install: ["install"],
    valueFlags: [
      "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-tags", "-mod", "-modfile", "-p", "-pkgdir", "-toolexec",
      "-buildmode", "-compiler", "-installsuffix", "-overlay", "-pgo", "-C", "-o",
    ],
    name: /^[A-Za-z0-9][A-Za-z0-9_.~/-]*(?=$|@)/,
  },
  // `pecl install redis-6.0.2`: the version follows the name after a dash
  pecl: {
    programs: /^pecl$/,
    install: ["install", "i"],
    valueFlags: ["-D", "--configureoptions", "-P", "--packagingroot", "-R", "--installroot"],
    name: /^[A-Za-z][A-Za-z0-9_]*(?=$|-)/,
  },
  // `cargo install ripgrep@14.1.1` or `cargo install ripgrep --version 14.1.1`
  cargo: {
    programs: /^cargo$/,
    install: ["install"],
    valueFlags: [
      "--version", "--vers", "--git", "--branch", "--tag", "--rev", "--path", "--root", "--index", "--registry",
      "-j", "--jobs", "--target", "--target-dir", "--profile", "-F", "--features", "--bin", "--example", "--config",
      "-Z", "--color",
    ],
    name: /^[A-Za-z0-9_][A-Za-z0-9_-]*(?=$|@)/,
  },
  // conda and its two reimplementations share the command line: `micromamba install -y -n base numpy=1.26`
  conda: {
    programs: /^(conda|mamba|micromamba)$/,
    install: ["install", "create"],
    valueFlags: [
      "-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file", "--repodata-fn", "--solver", "--subdir",
      "--platform", "--revision", "--clone", "-r", "--root-prefix", "--rc-file", "--channel-priority", "--category",
      "--experimental", "--channel-alias", "--log-level",
    ],
    name: condaName,
    dryRun: ["--dry-run", "-d"],
  },
  // `uv pip install`, `uv add`, `uv tool install`: PEP 508 requirements, as pip reads them
  uv: {
    programs: /^uv$/,
    install: ["add"],
    nouns: new Map([["pip", ["install"]], ["tool", ["install"]]]),
    valueFlags: [
      "-r", "--requirement", "--requirements", "-c", "--constraint", "--constraints", "--override", "--overrides", "-e",
      "--editable", "-i", "--index-url", "--extra-index-url", "--index", "--default-index", "-f", "--find-links", "-p",
      "--python", "-t", "--target", "--prefix", "--index-strategy", "--keyring-provider", "--resolution", "--prerelease",
      "--exclude-newer", "--exclude-newer-package", "-C", "--config-setting", "--no-build-package", "--no-binary-package",
      "--only-binary", "--no-binary", "-P", "--upgrade-package", "--reinstall-package", "--refresh-package",
      "--python-platform", "--python-version", "--link-mode", "--cache-dir", "--directory", "--project", "--config-file",
      "--color", "--group", "--extra", "--optional", "--package", "--branch", "--tag", "--rev", "--bounds", "--script",
      "--torch-backend", "--allow-insecure-host", "--trusted-host", "-b", "--build-constraint", "--build-constraints",
      "--with", "--with-requirements", "--with-editable", "--from", "--marker", "-m", "--python-preference",
      "--fork-strategy", "--only-group", "--no-group",
    ],
    name: pypiName,
    dryRun: ["--dry-run"],
  },
};
const MANAGERS = Object.keys(managers) as Manager[];
/** Any manager's program, or python (for `python -m pip`): most commands are neither. */
const ANY_PROGRAM = new RegExp([...MANAGERS.map((m) => managers[m].programs.source), PYTHON.source].join("|"));

/** A package manager run: the manager's own words (for `python -m pip`, the words after `pip`). */
export interface ManagerCommand {
  manager: Manager;
  /** The program as run: `apt-get`, `pip3`, `microdnf`. */
  program: string;
  /** The manager's words as a command of their own, so hasFlag/flagValue read only them. */
  command: ShellCommand;
  /**
   * The positionals, with the values of value-taking flags left out: `clean all`, `install curl`.
   * A lone `$VAR` before the first other word is left out too: it usually holds flags (`dnf $OPTS install`).
   */
  words: Word[];
}

export interface PackageWord {
  word: Word;
  /** The package name, or null when the word is not a registry name (a path, URL, archive, variable). */
  name: string | null;
  /** What follows the name: `=1.2`, `==2.0`, `[extra]>=1`, `@4`; empty when unpinned. */
  spec: string;
  /** Where the name is in the file; null when the word's quoting hides the exact position. */
  nameRange: Range | null;
}

export interface PackageInstall extends ManagerCommand {
  /** The subcommand word that installs (`install`, `add`); null for a bare `yarn`. */
  subcommand: Word | null;
  packages: PackageWord[];
  /** npm `-g`/`--global`/`--location=global`, `yarn global add`. */
  global: boolean;
  /** yum/dnf `module install` (the words are module specs, pinned by a stream) and `group install`. */
  kind?: "module" | "group";
}


/** Which manager a command runs, or null. Understands `python3 -m pip`. */
export function managerCommand(cmd: ShellCommand): ManagerCommand | null {
  if (!isAnyProgram(cmd.command)) return null;
  return cmd.remember(MANAGER_COMMAND, () => readManagerCommand(cmd));
}

const programs = new Map<string, boolean>();

/** ANY_PROGRAM's answer, remembered by name: every package rule asks about every command, and names repeat. */
function isAnyProgram(name: string): boolean {
  let is = programs.get(name);
  if (is === undefined) {
    if (programs.size >= 10_000) programs.clear();
    programs.set(name, (is = ANY_PROGRAM.test(name)));
  }
  return is;
}

// Every package rule asks about every command: each command is read once.
const MANAGER_COMMAND = Symbol("managerCommand");
const PACKAGE_INSTALL = Symbol("packageInstall");

function readManagerCommand(cmd: ShellCommand): ManagerCommand | null {
  let view = cmd;
  let program = cmd.command;
  if (PYTHON.test(cmd.command)) {
    const pip = pipModuleArgs(cmd);
    if (!pip) return null;
    view = new ShellCommand(pip.name, pip.args, cmd.assignments, cmd.wrappers, cmd.range, cmd.loc, cmd.instruction);
    program = `${cmd.command} -m pip`;
  }
  const manager = MANAGERS.find((m) => managers[m].programs.test(view.command));
  if (!manager) return null;
  const words = view.positionals(managers[manager].valueFlags);
  // `cargo +nightly install x`: the toolchain word comes before the subcommand
  const leading = words.findIndex((w) => !isExpansion(w) && !(manager === "cargo" && w.value.startsWith("+")));
  return { manager, program, command: view, words: leading < 0 ? [] : words.slice(leading) };
}

/** The package install a command performs, or null when it is not one. */
export function findPackageInstall(cmd: ShellCommand): PackageInstall | null {
  if (!isAnyProgram(cmd.command)) return null;
  return cmd.remember(PACKAGE_INSTALL, () => readPackageInstall(cmd));
}

function readPackageInstall(cmd: ShellCommand): PackageInstall | null {
  const run = managerCommand(cmd);
  if (!run) return null;
  const spec = managers[run.manager];
  const [first, second] = run.words;
  let subcommand: Word | null = null;
  let rest: Word[];
  let global = false;
  let kind: PackageInstall["kind"];
  if (run.manager === "yarn" && !first) {
    if (run.command.hasFlag("--version", "-v", "--help", "-h")) return null;
    rest = []; // bare `yarn` installs
  }
  else if (run.manager === "yarn" && first.value === "global" && second?.value === "add") {
    subcommand = second;
    rest = run.words.slice(2);
    global = true;
  } else if (first && spec.install.includes(first.value)) {
    subcommand = first;
    rest = run.words.slice(1);
  } else if (first && second && spec.nouns?.get(first.value)?.includes(second.value)) {
    subcommand = second;
    rest = run.words.slice(2);
  } else if ((run.manager === "dnf" || run.manager === "yum") && RPM_NOUNS.has(first?.value) && second?.value === "install") {
    subcommand = second;
    rest = run.words.slice(2);
    kind = first.value === "module" ? "module" : "group";
  } else return null;
  if (spec.dryRun && run.command.hasFlag(...spec.dryRun)) return null;
  if (run.manager === "npm") {
    global = run.command.hasFlag("-g", "--global") || run.command.flagValue("--location")?.value === "global";
  }
  const packages = rest.map((w) => (kind === "module" ? moduleWord(w) : packageWord(run.manager, w)));
  return { manager: run.manager, program: run.program, command: run.command, words: run.words, subcommand, packages, global, ...(kind && { kind }) };
}

/** Splits a package word into name and version spec. */
export function packageWord(manager: Manager, word: Word): PackageWord {
  return splitWord(managers[manager].name, word);
}

/** Splits a module spec of `dnf module install` into name and the rest (`:18/common`). */
export function moduleWord(word: Word): PackageWord {
  return splitWord(moduleName, word);
}

function splitWord(namePattern: RegExp, word: Word): PackageWord {
  const value = word.value;
  const match = /[$`*?]/.test(value) ? null : namePattern.exec(value);
  // `pkg-1.0-py3-none-any.whl` reads as a name but is a file in the working directory
  if (!match || (match[0] === value && ARCHIVE.test(value))) return { word, name: null, spec: "", nameRange: null };
  const name = match[0];
  return { word, name, spec: value.slice(name.length), nameRange: nameRange(word, name) };
}

const ARCHIVE = /\.(whl|tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|zip|deb|rpm|apk|gem|conda)$/i;

function nameRange(word: Word, name: string): Range | null {
  const quoted = word.text.length === word.value.length + 2 && `'"`.includes(word.text[0]) && word.text.slice(1, -1) === word.value;
  if (word.text === word.value || quoted) {
    const start = word.range[0] + (quoted ? 1 : 0);
    return [start, start + name.length];
  }
  // escapes inside the word: the name is still exact when it is written as is at the start
  return word.text.startsWith(name) ? [word.range[0], word.range[0] + name.length] : null;
}

/** A word that is one variable and nothing else: `$OPTS`, `${quiet}`. */
export function isExpansion(word: Word): boolean {
  return /^\$(\w+|\{[^}]+\})$/.test(word.value);
}

/** `python3 -u -m pip install x`: the `pip` word and what follows it. */
function pipModuleArgs(cmd: ShellCommand): { name: Word; args: Word[] } | null {
  const run = pythonModule(cmd.command, cmd.args);
  return run?.module.value === "pip" ? { name: run.module, args: run.args } : null;
}
