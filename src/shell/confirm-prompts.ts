// Package manager commands that stop to ask "Is this ok [y/N]" and the flags that answer for them:
// in a build nothing answers, so the prompt reads end of input and the command aborts.
import type { ShellDocument } from "./document.js";
import type * as m from "../parse/model.js";
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";
import { isShortFlagCluster } from "./flags.js";
import { aptOption, configWrittenBefore } from "./package-config.js";
import { isExpansion, managerCommand, type Manager } from "./package-managers.js";

export type PromptingManager = "apt" | "yum" | "dnf" | "zypper";

interface PromptSpec {
  /** Subcommands that ask for confirmation before changing the system. */
  subcommands: readonly string[];
  /** Words that take a subcommand of their own: `dnf module install`, `yum group install`. */
  groups?: readonly string[];
  /** Flags that answer yes (or make the command ask nothing). */
  yes: readonly string[];
  /** Flags that make the command change nothing, so it never asks. */
  noAction?: readonly string[];
  /** The flag the fix inserts, and after which word: the subcommand or the program (a global option). */
  insert: { flag: string; after: "subcommand" | "program" };
  /** A setting that answers yes for every run, as apt.conf/yum.conf/dnf.conf spell it. */
  config?: { file: RegExp; setting: RegExp };
}

const rpmPrompting = [
  "install", "in", "localinstall", "groupinstall", "reinstall", "remove", "rm", "erase", "autoremove", "update",
  "up", "upgrade", "update-minimal", "upgrade-minimal", "downgrade", "distro-sync", "distribution-synchronization",
  "dsync", "groupremove", "groupupdate", "groupupgrade", "swap",
];
const rpmSpec = {
  subcommands: rpmPrompting,
  groups: ["group", "groups", "module"],
  yes: ["-y", "--assumeyes"],
  noAction: ["--assumeno"],
  insert: { flag: "-y", after: "subcommand" },
  config: { file: /(yum|dnf)\.conf/, setting: /assumeyes\s*=\s*(1|true|yes|on)\b/i },
} as const;

const specs: Record<PromptingManager, PromptSpec> = {
  apt: {
    subcommands: [
      "install", "reinstall", "remove", "purge", "upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade",
      "autoremove", "autopurge", "build-dep", "satisfy", "dselect-upgrade",
    ],
    yes: ["-y", "--yes", "--assume-yes"],
    noAction: ["-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon", "--print-uris", "--assume-no"],
    insert: { flag: "-y", after: "subcommand" },
    // `\s*=` or blanks with a space among them (`\s*[= ]\s*` tried every split of a long run of blanks)
    config: { file: /apt\.conf/, setting: /APT::Get::Assume-Yes(?:\s*=|[^\S ]* )\s*"?(true|1|yes|on)"?/i },
  },
  yum: rpmSpec,
  dnf: rpmSpec,
  zypper: {
    subcommands: [
      "install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup",
      "install-new-recommends", "inr",
    ],
    // -n/--non-interactive are global options; -y/--no-confirm the same as options of the subcommand
    yes: ["-n", "--non-interactive", "-y", "--no-confirm"],
    noAction: ["--dry-run"],
    insert: { flag: "-n", after: "program" },
  },
};

/** A command that will ask for confirmation, with where a fix puts the flag that answers it. */
export interface UnansweredPrompt {
  manager: PromptingManager;
  /** The program as run: `apt-get`, `microdnf`. */
  program: string;
  /** The subcommand word that asks (`install`, or `install` of `dnf module install`). */
  subcommand: Word;
  /** The word the fix inserts `flag` after. */
  insertAfter: Word;
  flag: string;
}

/**
 * The confirmation prompt a command will stop at, or null when it asks nothing or something
 * answers it: a yes flag, apt's `-qq`, an `-o`/`--setopt` setting, or a variable in its options
 * whose value is unknown (it may well hold `-y`).
 */
export function unansweredPrompt(cmd: ShellCommand, sourceCode: ShellDocument): UnansweredPrompt | null {
  const run = managerCommand(cmd);
  if (!run || !isPromptingManager(run.manager)) return null;
  const spec = specs[run.manager];
  const [first, second] = run.words;
  if (!first) return null;
  const subcommand = spec.groups?.includes(first.value) ? second : first;
  if (!subcommand || !spec.subcommands.includes(subcommand.value)) return null;
  const command = run.command;
  if (command.hasFlag(...spec.yes) || (spec.noAction && command.hasFlag(...spec.noAction))) return null;
  if (run.manager === "apt" && (aptQuietLevel(command) >= 2 || aptOption(command, (setting) => APT_YES.test(setting)))) return null;
  if ((run.manager === "yum" || run.manager === "dnf") && rpmSetopt(command)) return null;
  if (variablesMayAnswer(command, sourceCode, spec) || pipedAnswer(cmd, sourceCode)) return null;
  return {
    manager: run.manager,
    program: run.program,
    subcommand,
    insertAfter: spec.insert.after === "program" ? command.name : subcommand,
    flag: spec.insert.flag,
  };
}

/** `yes | apt-get install x`, `echo y | zypper in x`: the answer comes down a pipe. */
function pipedAnswer(cmd: ShellCommand, sourceCode: ShellDocument): boolean {
  const before = sourceCode.text.slice(Math.max(cmd.instruction.range[0], cmd.range[0] - 40), cmd.range[0]);
  // the stage before the pipe, without the blanks and line continuations around the pipe (one
  // regex for all of it backtracked over the blanks: harmless on 40 characters, but not linear)
  const pipe = before.search(/\|[\s\\]*$/);
  if (pipe < 0) return false;
  let end = pipe;
  while (end > 0 && /[\s\\]/.test(before[end - 1])) end--;
  const stage = before.slice(before.lastIndexOf("|", end - 1) + 1, end);
  return /(?:^|[\s;&(])yes(?:\s+\w+)?$/.test(stage) || /(?:^|[\s;&(])echo\s+(?:-e\s+)?["']?[yY]/.test(stage);
}

function isPromptingManager(manager: Manager): manager is PromptingManager {
  return manager in specs;
}

/** apt's quiet level: `-qq`, `-q -q`, `-q=2`, `--quiet=2`. Level 2 implies -y (apt-get(8)). */
export function aptQuietLevel(cmd: ShellCommand): number {
  let level = 0;
  for (const w of cmd.args) {
    const v = w.value;
    if (v === "--") break;
    const numeric = /^(?:-q|--quiet)=(\d+)$/.exec(v);
    if (numeric) level = Number(numeric[1]);
    else if (v === "--quiet") level++;
    else if (/^-[A-Za-z]+$/.test(v)) level += [...v].filter((c) => c === "q").length;
  }
  return level;
}

const APT_YES = /^APT::Get::Assume-Yes=(true|1|yes|on)$/i;

/** `--setopt=assumeyes=1`, `--setopt assumeyes=True`. */
function rpmSetopt(cmd: ShellCommand): boolean {
  return cmd.args.some((w, i) => {
    const value = w.value === "--setopt" ? cmd.args[i + 1]?.value ?? "" : w.value.startsWith("--setopt=") ? w.value.slice(9) : "";
    return /^assumeyes=(1|true|yes|on)$/i.test(value);
  });
}

/**
 * A lone variable whose value is unknown may hold the yes flag (`dnf $DNF_OPTS install`, `apt-get
 * install $APT_FLAGS curl`); one whose value is known is read for it.
 */
function variablesMayAnswer(cmd: ShellCommand, sourceCode: ShellDocument, spec: PromptSpec): boolean {
  for (const w of cmd.args) {
    if (!w.value.includes("$")) continue;
    const resolved = sourceCode.resolve(w.value, cmd.instruction);
    if (resolved.unresolved.length) {
      // a lone `$VAR` may hold flags; `$PKGS`-like names hold packages
      if (isExpansion(w) && !/PACKAGE|PKG|DEPS/i.test(w.value)) return true;
      continue;
    }
    const words = resolved.value.split(/\s+/);
    if (words.some((v) => spec.yes.some((f) => v === f || (f.length === 2 && isShortFlagCluster(v, f[1]))))) return true;
  }
  return false;
}

/**
 * An earlier RUN in the stage (or a stage it builds FROM) writes a yes-to-all setting to the
 * manager's configuration file (`APT::Get::Assume-Yes "true";` to apt.conf.d, `assumeyes=1` to
 * yum.conf/dnf.conf).
 */
export function configuredYes(manager: PromptingManager, run: m.Run, before: number, doc: ShellDocument): boolean {
  const config = specs[manager].config;
  if (!config || !config.setting.test(doc.text)) return false;
  return configWrittenBefore(run, before, (text) => config.file.test(text) && config.setting.test(text), doc);
}
