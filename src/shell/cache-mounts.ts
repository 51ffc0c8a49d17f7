// Package caches and whether a RUN leaves one in the image: where each cache lives, which
// `--mount=type=cache|tmpfs` keeps it out of the layer, and which command in the same RUN empties it.
import { posix } from "node:path";
import type { Range } from "../source/source.js";
import type * as m from "../parse/model.js";
import type { ShellDocument } from "./document.js";
import type { ShellCommand } from "./command.js";
import type { Word } from "../parse/model.js";
import { PathGlob } from "../parse/path-glob.js";
import { findPackageInstall, isExpansion, managerCommand, type Manager, type PackageInstall } from "./package-managers.js";

export type PackageCache = "apt-lists" | "apk" | "yum" | "dnf" | "microdnf" | "zypper" | "pip" | "npm" | "yarn" | "conda" | "uv";

/** Which runs of a manager's programs: `programs` narrows a manager to some of its programs (microdnf, not dnf). */
interface ManagerRuns {
  managers: readonly Manager[];
  programs?: RegExp;
}

interface CacheSpec {
  /** Absolute directories holding the cache; covering or removing any one of them is enough. */
  dirs: readonly string[];
  /** The same under a user's home (`/root/.cache/pip` for root, `/home/app/.cache/pip`, `~/.cache/pip`). */
  home?: readonly string[];
  /** Environment variables that move the cache. */
  env?: readonly string[];
  /**
   * The cache's directory inside an installation whose place varies: any path ending in it counts
   * (`pkgs`: /opt/conda/pkgs, /root/miniconda3/pkgs, $CONDA_DIR/pkgs).
   */
  within?: string;
  /** Manager subcommands that empty it: positional words, and a flag the command needs. */
  clean: readonly (ManagerRuns & { words: readonly string[]; flag?: readonly string[] })[];
  /**
   * Subcommands (the first positional word) that write it, some only with a flag. Without this,
   * the managers' installs (`findPackageInstall`) are what fill it.
   */
  fills?: readonly (ManagerRuns & { subcommands: ReadonlySet<string>; then?: ReadonlySet<string>; flag?: readonly string[] })[];
  /** What the fix appends to the RUN; `{program}` is the program of the install. */
  cleanup: string;
}

/**
 * dnf, yum and microdnf subcommands that download repository metadata (and packages) into the
 * cache: not only installs, but upgrades, syncs and `makecache` too.
 */
const RPM_METADATA = new Set([
  "install", "in", "localinstall", "groupinstall", "reinstall", "update", "up", "upgrade", "update-minimal",
  "upgrade-minimal", "distro-sync", "dsync", "downgrade", "makecache", "mc", "group", "groups", "module",
]);

// Which program keeps its cache where (the reason `clean all` must come from the same family):
// dnf 4 keeps it in /var/cache/dnf and dnf5 in /var/cache/libdnf5; on RHEL 8 and later `yum` is dnf
// and shares /var/cache/dnf, while RHEL 7's yum used /var/cache/yum. microdnf (libdnf) keeps its
// own in /var/cache/yum, so `microdnf clean all` leaves dnf's cache and `dnf clean all` microdnf's.
const DNF_OR_YUM = /^(?:dnf5?|yum)$/;

const caches: Record<PackageCache, CacheSpec> = {
  // `apt-get update` writes the lists; `apt-get install` only reads them.
  // `apt-get clean` empties /var/cache/apt/archives, not the lists: it does not count here
  "apt-lists": {
    dirs: ["/var/lib/apt/lists"],
    clean: [],
    fills: [
      { managers: ["apt"], subcommands: new Set(["update"]) },
      // apt 2.7 and later: `install --update` runs the update first
      { managers: ["apt"], subcommands: new Set(["install", "upgrade", "dist-upgrade", "full-upgrade"]), flag: ["--update"] },
    ],
    cleanup: "rm -rf /var/lib/apt/lists/*",
  },
  apk: { dirs: ["/var/cache/apk", "/etc/apk/cache"], clean: [], cleanup: "rm -rf /var/cache/apk/*" },
  yum: {
    dirs: ["/var/cache/yum", "/var/cache/dnf"],
    clean: [{ managers: ["yum", "dnf"], programs: DNF_OR_YUM, words: ["clean", "all"] }],
    fills: [{ managers: ["yum"], subcommands: RPM_METADATA }],
    cleanup: "yum clean all",
  },
  dnf: {
    dirs: ["/var/cache/dnf", "/var/cache/libdnf5"],
    clean: [{ managers: ["dnf", "yum"], programs: DNF_OR_YUM, words: ["clean", "all"] }],
    fills: [{ managers: ["dnf"], programs: /^dnf5?$/, subcommands: RPM_METADATA }],
    cleanup: "{program} clean all",
  },
  microdnf: {
    dirs: ["/var/cache/yum"],
    clean: [{ managers: ["dnf"], programs: /^microdnf$/, words: ["clean", "all"] }],
    fills: [{ managers: ["dnf"], programs: /^microdnf$/, subcommands: RPM_METADATA }],
    cleanup: "microdnf clean all",
  },
  zypper: {
    dirs: ["/var/cache/zypp"],
    clean: [
      { managers: ["zypper"], words: ["clean"] },
      { managers: ["zypper"], words: ["cc"] },
    ],
    cleanup: "zypper clean --all",
  },
  pip: {
    dirs: [],
    home: [".cache/pip"],
    env: ["PIP_CACHE_DIR"],
    clean: [{ managers: ["pip"], words: ["cache", "purge"] }],
    cleanup: "{program} cache purge",
  },
  npm: {
    dirs: [],
    home: [".npm"],
    env: ["npm_config_cache", "NPM_CONFIG_CACHE"],
    clean: [{ managers: ["npm"], words: ["cache", "clean"], flag: ["--force", "-f"] }],
    cleanup: "npm cache clean --force",
  },
  yarn: {
    // yarn 1 run as root keeps its cache here (v6 is the cache format version)
    dirs: ["/usr/local/share/.cache/yarn/v6"],
    home: [".cache/yarn/v6", ".yarn/berry/cache"],
    env: ["YARN_CACHE_FOLDER"],
    clean: [{ managers: ["yarn"], words: ["cache", "clean"] }],
    cleanup: "yarn cache clean",
  },
  // conda, mamba and micromamba keep downloaded and extracted packages in <root prefix>/pkgs
  // (/opt/conda/pkgs in the continuumio, condaforge and mambaorg images); `clean --all` or
  // `--tarballs` empties what the image does not need. The extracted packages the environments
  // use are hard links, which cost nothing more.
  conda: {
    dirs: ["/opt/conda/pkgs"],
    home: [".conda/pkgs"],
    env: ["CONDA_PKGS_DIRS"],
    within: "pkgs",
    clean: [
      { managers: ["conda"], words: ["clean"], flag: ["-a", "--all"] },
      { managers: ["conda"], words: ["clean"], flag: ["-t", "--tarballs"] },
    ],
    fills: [{ managers: ["conda"], subcommands: new Set(["install", "create", "update", "upgrade", "env"]) }],
    cleanup: "{program} clean --all --yes",
  },
  // uv keeps wheels, built wheels, sources and metadata in ~/.cache/uv ($UV_CACHE_DIR)
  uv: {
    dirs: [],
    home: [".cache/uv"],
    env: ["UV_CACHE_DIR"],
    clean: [
      { managers: ["uv"], words: ["cache", "clean"] },
      { managers: ["uv"], words: ["clean"] },
    ],
    fills: [
      { managers: ["uv"], subcommands: new Set(["sync", "add"]) },
      { managers: ["uv"], subcommands: new Set(["pip"]), then: new Set(["install", "sync", "compile"]) },
      { managers: ["uv"], subcommands: new Set(["tool"]), then: new Set(["install", "upgrade"]) },
    ],
    cleanup: "uv cache clean",
  },
};

/** True when a cache or tmpfs mount of the RUN holds the cache, so it never reaches the layer. */
export function mountCoversCache(run: m.Run, cache: PackageCache, sourceCode: ShellDocument): boolean {
  return run.mounts.some((mount) => {
    if ((mount.type !== "cache" && mount.type !== "tmpfs") || !mount.target) return false;
    return coversCache(sourceCode.resolve(mount.target, run).value, cache, run, sourceCode);
  });
}

/** True when the command empties the cache: the manager's own clean command, or `rm` of its directory. */
export function cleansCache(cmd: ShellCommand, cache: PackageCache, run: m.Run, sourceCode: ShellDocument): boolean {
  if (cmd.command === "rm") {
    return cmd.positionals().some((w) => {
      if (cache === "yarn" && /\$\(\s*yarn cache dir\s*\)/.test(w.value)) return true;
      return coversCache(inWorkdir(sourceCode.resolve(w.value, run).value, run, sourceCode), cache, run, sourceCode);
    });
  }
  const manager = managerCommand(cmd);
  if (!manager) return false;
  const words = manager.words.filter((w) => !isExpansion(w)); // `dnf clean ${quiet} all`
  return caches[cache].clean.some(
    (c) =>
      c.managers.includes(manager.manager) &&
      (!c.programs || c.programs.test(manager.program)) &&
      c.words.every((word, i) => words[i]?.value === word) &&
      (!c.flag || manager.command.hasFlag(...c.flag)),
  );
}

/**
 * True when the cache `install` fills stays in the RUN's layer: no cache mount holds it and no
 * command after `install` in the same RUN empties it.
 */
export function cacheLeftInLayer(run: m.Run, cache: PackageCache, install: ShellCommand, sourceCode: ShellDocument): boolean {
  if (mountCoversCache(run, cache, sourceCode)) return false;
  return lastCleanupStart(run, cache, sourceCode) <= install.range[0];
}

const LAST_CLEANUPS = Symbol("lastCleanups");

/**
 * Where the RUN's last command emptying the cache starts (-1: none), found once per RUN and
 * cache: asking for each install in turn was quadratic in the RUN's commands.
 */
function lastCleanupStart(run: m.Run, cache: PackageCache, sourceCode: ShellDocument): number {
  const byCache = sourceCode.remember(run, LAST_CLEANUPS, () => new Map<PackageCache, number>());
  let start = byCache.get(cache);
  if (start === undefined) {
    start = -1;
    for (const cmd of sourceCode.commandsOf(run)) if (cmd.range[0] > start && cleansCache(cmd, cache, run, sourceCode)) start = cmd.range[0];
    byCache.set(cache, start);
  }
  return start;
}

/**
 * An edit that appends the cleanup command to the end of the RUN (` && rm -rf ...`), or null when
 * the RUN cannot take one safely: exec form, heredoc bodies, or shell text ending in an operator,
 * a continuation or a comment.
 */
export function appendCleanup(run: m.Run, cache: PackageCache, install: ShellCommand): { range: Range; text: string } | null {
  if (run.exec || run.heredocs.length || run.shellText === null || !run.shellRange) return null;
  const text = run.shellText.trimEnd();
  const lastLine = text.slice(text.lastIndexOf("\n") + 1);
  if (!text || /[;&|\\({]$/.test(text) || /(^|\s)#/.test(lastLine)) return null;
  const manager = managerCommand(install);
  // a program run by its path (`/opt/conda/bin/conda install`) may not be on PATH: clean with the same path
  const asRun = manager?.program === install.command && install.name.value.includes("/");
  const program = asRun ? install.name.text : manager?.program ?? install.command;
  const sudo = install.wrappers.includes("sudo") ? "sudo " : "";
  const end = run.shellRange[0] + text.length;
  return { range: [end, end], text: ` && ${sudo}${caches[cache].cleanup.replace("{program}", program)}` };
}

/** The directory to name in a message: `/var/lib/apt/lists`, `/root/.cache/pip`, `/var/cache/dnf`. */
export function cacheMountTarget(cache: PackageCache): string {
  const spec = caches[cache];
  if (spec.dirs.length) return spec.dirs[0].replace(/\/v6$/, "");
  return `/root/${spec.home![0]}`;
}

function coversCache(path: string, cache: PackageCache, at: m.Instruction, sourceCode: ShellDocument): boolean {
  const spec = caches[cache];
  if (spec.within && withoutTrailing(path.trim()).endsWith(`/${spec.within}`)) return true;
  const target = normalize(path);
  if (target === null) return false;
  if (spec.dirs.some((dir) => isAtOrAbove(target, dir))) return true;
  for (const name of spec.env ?? []) {
    const value = sourceCode.variables.lookup(name, at);
    const moved = value ? normalize(value) : null;
    if (moved !== null && isAtOrAbove(target, moved)) return true;
  }
  return (spec.home ?? []).some((rel) => coversHomeDir(target, rel));
}

/**
 * A relative path is under the RUN's WORKDIR: `WORKDIR /root` then `rm -rf .npm` removes /root/.npm.
 * Left relative (so not a cache path) when the WORKDIR is the base image's.
 */
function inWorkdir(path: string, run: m.Run, sourceCode: ShellDocument): string {
  if (/^[/~$]/.test(path)) return path;
  const dir = sourceCode.workdirOf(run);
  return dir === null ? path : posix.join(dir, path);
}

/** `/var/lib/apt/lists/*` -> `/var/lib/apt/lists`; `$HOME/x` and `~/x` -> `~/x`; null when not a path. */
function normalize(path: string): string | null {
  let p = path.trim().replace(/^(\$HOME|\$\{HOME\})(?=\/|$)/, "~");
  p = withoutTrailing(p.replace(/\/+/g, "/"));
  if (p === "") return path.trim().startsWith("/") ? "/" : null;
  return p.startsWith("/") || p === "~" || p.startsWith("~/") ? p : null;
}

/**
 * The path without its trailing `/` and `/*` parts. A scan from the end: `(\/\*?)+$` went over the
 * rest of the path again from each `/` in it, which `/*` written 50,000 times took seconds.
 */
function withoutTrailing(path: string): string {
  let end = path.length;
  for (;;) {
    if (path[end - 1] === "/") end--;
    else if (path[end - 1] === "*" && path[end - 2] === "/") end -= 2;
    else return path.slice(0, end);
  }
}

/** True when `path` is `dir` or a directory above it; a glob (`/var/lib/apt/lists*`) may match either. */
function isAtOrAbove(path: string, dir: string): boolean {
  if (!/[*?[]/.test(path)) return path === "/" || dir === path || dir.startsWith(path + "/");
  return new PathGlob(path).matchesPathOrParent(dir);
}

/** `~/.cache`, `/root`, `/home/app/.cache/pip`, `/opt/app/.cache`: a path at or above `<home>/<rel>`. */
function coversHomeDir(path: string, rel: string): boolean {
  if (path === "~" || path === "/root" || /^\/home\/[^/]+$/.test(path)) return true;
  const parts = rel.split("/");
  for (let n = 1; n <= parts.length; n++) {
    if (path.endsWith("/" + parts.slice(0, n).join("/"))) return true;
  }
  return false;
}

/** A command that writes a package cache: an install, or another subcommand the cache's table names (`apt-get update`). */
export interface CacheFill {
  command: ShellCommand;
  manager: Manager;
  /** The program as run: `apt-get`, `microdnf`, `python3 -m pip`. */
  program: string;
  /** The subcommand word (`update`, `install`); null for a bare `yarn`. */
  subcommand: Word | null;
  /** The install, when the command is one. */
  install: PackageInstall | null;
}

/** How the command writes the cache, or null when it does not. */
export function cacheFill(command: ShellCommand, cache: PackageCache): CacheFill | null {
  const fills = caches[cache].fills;
  if (!fills) {
    const install = findPackageInstall(command);
    return install && { command, manager: install.manager, program: install.program, subcommand: install.subcommand, install };
  }
  const run = managerCommand(command);
  const [first, second] = run?.words ?? [];
  if (!run || !first) return null;
  const fill = fills.find(
    (f) =>
      f.managers.includes(run.manager) &&
      (!f.programs || f.programs.test(run.program)) &&
      f.subcommands.has(first.value) &&
      (!f.then || (second !== undefined && f.then.has(second.value))) &&
      (!f.flag || run.command.hasFlag(...f.flag)),
  );
  if (!fill) return null;
  // `uv pip install`: the word that installs is the second
  return { command, manager: run.manager, program: run.program, subcommand: fill.then ? second : first, install: findPackageInstall(command) };
}

/** The first command accepted by `matches` that writes the cache and leaves it in the RUN's layer, or null. */
export function commandLeavingCache(
  run: m.Run,
  cache: PackageCache,
  sourceCode: ShellDocument,
  matches: (fill: CacheFill) => boolean = () => true,
): CacheFill | null {
  for (const command of sourceCode.commandsOf(run)) {
    const fill = cacheFill(command, cache);
    if (fill && matches(fill) && cacheLeftInLayer(run, cache, command, sourceCode)) return fill;
  }
  return null;
}
