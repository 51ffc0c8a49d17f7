// Which paths a shell command writes to (creates, modifies, removes): `> file`, `mkdir dir`,
// `cp a b` -> b, `curl -o file`, `tar -xC dir`... One table entry per command says which
// argument is written, so rules that care where a RUN writes read it instead of re-parsing flags.
import type { Word } from "../parse/model.js";
import { ShellCommand } from "./command.js";
import { optionValues, wordAfter } from "./flags.js";
import { pythonModule } from "./python.js";

export interface WrittenPath {
  /** The word naming the path, as written (variables not expanded). */
  word: Word;
  /**
   * True when the command only makes sure the directory exists (`mkdir -p`, `install -d`):
   * it changes nothing when the directory is already there.
   */
  ensuresDirectory: boolean;
}

/** Which positionals a command writes. */
type Operands = "all" | "last" | "afterFirst" | "none";

interface Writer {
  /** Flags whose value is the next word, so that value is not taken for an operand. */
  valueFlags?: string[];
  operands: Operands;
  /** Flags whose value is a written path, e.g. `-o` of curl. `-` (stdout) is skipped. */
  pathFlags?: { short?: string[]; long?: string[] };
  /** A path flag given means the operands are all read (`cp -t dir a b`). */
  pathFlagReplacesOperands?: boolean;
  ensuresDirectory?: boolean;
  /** For commands whose shape the fields above cannot say. */
  custom?: (cmd: ShellCommand) => WrittenPath[];
}

const copyLike: Writer = {
  valueFlags: ["-t", "-S", "--target-directory", "--suffix"],
  operands: "last",
  pathFlags: { short: ["t"], long: ["--target-directory"] },
  pathFlagReplacesOperands: true,
};

const ownershipLike: Writer = { operands: "afterFirst", custom: (cmd) => ownershipTargets(cmd) };

const writers: Record<string, Writer> = {
  mkdir: { valueFlags: ["-m", "--mode", "--context"], operands: "all", ensuresDirectory: true },
  touch: { valueFlags: ["-d", "-t", "-r", "--date", "--reference"], operands: "all" },
  rm: { operands: "all" },
  cp: copyLike,
  mv: copyLike,
  ln: copyLike,
  install: { operands: "last", custom: (cmd) => installTargets(cmd) },
  tee: { operands: "all" },
  chown: ownershipLike,
  chgrp: ownershipLike,
  chmod: { operands: "afterFirst", custom: (cmd) => chmodTargets(cmd) },
  wget: {
    operands: "none",
    pathFlags: { short: ["O", "P"], long: ["--output-document", "--directory-prefix"] },
  },
  curl: {
    operands: "none",
    pathFlags: { short: ["o"], long: ["--output", "--output-dir"] },
  },
  unzip: { operands: "none", pathFlags: { short: ["d"] } },
  dd: { operands: "none", custom: (cmd) => ddTargets(cmd) },
  sed: { operands: "all", custom: (cmd) => sedTargets(cmd) },
  tar: { operands: "none", custom: (cmd) => tarTargets(cmd) },
  git: { operands: "none", custom: (cmd) => gitCloneTargets(cmd) },
};

const PIP = /^pip[0-9.]*$/;
const pipInstall: Writer = {
  operands: "none",
  pathFlags: { short: ["t"], long: ["--target", "--prefix", "--root"] },
};

/** The paths `cmd` writes: its redirect targets and the arguments its table entry names. */
export function writtenPaths(cmd: ShellCommand): WrittenPath[] {
  const out: WrittenPath[] = redirectTargets(cmd).map((word) => ({ word, ensuresDirectory: false }));
  const writer = writerFor(cmd);
  if (writer) out.push(...applyWriter(writer.cmd, writer.writer));
  return out;
}

/** `> file`, `>> file`, `&> file`, `2> file`; not `2>&1`, `>&2` or input redirects. */
export function redirectTargets(cmd: ShellCommand): Word[] {
  return cmd.redirects
    .filter((r) => r.operator.includes(">") && !/^\d*$|^-$/.test(r.target.value))
    .map((r) => r.target);
}

function writerFor(cmd: ShellCommand): { cmd: ShellCommand; writer: Writer } | undefined {
  if (writers[cmd.command] && Object.hasOwn(writers, cmd.command)) return { cmd, writer: writers[cmd.command] };
  if (PIP.test(cmd.command)) return isPipInstall(cmd.args) ? { cmd, writer: pipInstall } : undefined;
  // `python -m pip install --target dir`
  const module = pythonModule(cmd.command, cmd.args);
  if (module && PIP.test(module.module.value)) {
    const pip = new ShellCommand(module.module, module.args, [], cmd.wrappers, cmd.range, cmd.loc, cmd.instruction);
    return isPipInstall(pip.args) ? { cmd: pip, writer: pipInstall } : undefined;
  }
  return undefined;
}

function isPipInstall(args: Word[]): boolean {
  return args.find((a) => !a.value.startsWith("-"))?.value === "install";
}

function applyWriter(cmd: ShellCommand, writer: Writer): WrittenPath[] {
  if (writer.custom) return writer.custom(cmd);
  const ensuresDirectory = writer.ensuresDirectory ?? false;
  const flagged = writer.pathFlags ? optionValues(cmd.args, writer.pathFlags.short ?? [], writer.pathFlags.long ?? []) : [];
  const written = flagged.filter((w) => w.value !== "-");
  if (!(writer.pathFlagReplacesOperands && flagged.length)) {
    written.push(...pickOperands(cmd.positionals(writer.valueFlags ?? []), writer.operands));
  }
  return written.map((word) => ({ word, ensuresDirectory }));
}

function pickOperands(operands: Word[], which: Operands): Word[] {
  switch (which) {
    case "all":
      return operands;
    case "last":
      // a single operand (`ln -s /x`) writes into the current directory under a name we cannot know
      return operands.length >= 2 ? [operands[operands.length - 1]] : [];
    case "afterFirst":
      return operands.slice(1);
    case "none":
      return [];
  }
}

/** `install -d dir...` creates directories; `install src dest` writes dest (or `-t dir`). */
function installTargets(cmd: ShellCommand): WrittenPath[] {
  const valueFlags = ["-m", "-o", "-g", "-S", "-t", "--mode", "--owner", "--group", "--suffix", "--target-directory"];
  const operands = cmd.positionals(valueFlags);
  if (cmd.hasFlag("-d", "--directory")) return operands.map((word) => ({ word, ensuresDirectory: true }));
  const target = optionValues(cmd.args, ["t"], ["--target-directory"]);
  return (target.length ? target : pickOperands(operands, "last")).map((word) => ({ word, ensuresDirectory: false }));
}

/** `chown user:group file...`; with `--reference=f` every operand is a target. */
function ownershipTargets(cmd: ShellCommand): WrittenPath[] {
  const operands = cmd.positionals(["--from"]);
  const targets = cmd.hasFlag("--reference") ? operands : operands.slice(1);
  return targets.map((word) => ({ word, ensuresDirectory: false }));
}

/** `chmod 755 file...`; `chmod -x file` gives the mode as a flag-like word. */
function chmodTargets(cmd: ShellCommand): WrittenPath[] {
  const operands = cmd.positionals();
  const modeAsFlag = cmd.args.some((a) => /^-[rwxXst]+$/.test(a.value));
  const targets = cmd.hasFlag("--reference") || modeAsFlag ? operands : operands.slice(1);
  return targets.map((word) => ({ word, ensuresDirectory: false }));
}

/** `dd of=/path`. */
function ddTargets(cmd: ShellCommand): WrittenPath[] {
  return cmd.args.filter((a) => a.value.startsWith("of=")).map((a) => ({ word: wordAfter(a, 3), ensuresDirectory: false }));
}

/** `sed -i 's/a/b/' file...`: the files are written only with -i. */
function sedTargets(cmd: ShellCommand): WrittenPath[] {
  const inPlace = cmd.args.some((a) => /^-[A-Za-z]*i/.test(a.value) && !a.value.startsWith("--")) || cmd.hasFlag("--in-place");
  if (!inPlace) return [];
  const valueFlags = ["-e", "-f", "-l", "--expression", "--file", "--line-length"];
  const operands = cmd.positionals(valueFlags);
  const scriptGiven = cmd.hasFlag("-e", "-f", "--expression", "--file");
  return (scriptGiven ? operands : operands.slice(1)).map((word) => ({ word, ensuresDirectory: false }));
}

/** tar extracts into `-C dir`; creating or updating an archive writes the `-f` file. */
function tarTargets(cmd: ShellCommand): WrittenPath[] {
  // old style: `tar xzf archive.tgz` (the first word is the bundle, without a dash)
  const first = cmd.args[0];
  const oldStyle = first && /^[A-Za-z]+$/.test(first.value) ? first.value : "";
  const mode = (letter: string, long: string) => oldStyle.includes(letter) || cmd.hasFlag(`-${letter}`, long);
  const out: Word[] = [];
  if (mode("x", "--extract") || cmd.hasFlag("--get")) out.push(...optionValues(cmd.args, ["C"], ["--directory"]));
  if (mode("c", "--create") || mode("r", "--append") || mode("u", "--update")) {
    const file = oldStyle.includes("f") ? cmd.args[1] : optionValues(cmd.args, ["f"], ["--file"])[0];
    if (file && file.value !== "-") out.push(file);
  }
  return out.map((word) => ({ word, ensuresDirectory: false }));
}

const GIT_VALUE_FLAGS = ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path"];
const CLONE_VALUE_FLAGS = [
  "-b", "--branch", "-o", "--origin", "-c", "--config", "-j", "--jobs", "-u", "--upload-pack",
  "--depth", "--reference", "--reference-if-able", "--separate-git-dir", "--template", "--filter",
  "--shallow-since", "--shallow-exclude", "--server-option", "--bundle-uri",
];

/** `git clone <repo> <dir>` writes <dir>; without it the name comes from the URL. */
function gitCloneTargets(cmd: ShellCommand): WrittenPath[] {
  const sub = cmd.subcommand(GIT_VALUE_FLAGS);
  if (sub?.value !== "clone") return [];
  const clone = new ShellCommand(sub, cmd.args.slice(cmd.args.indexOf(sub) + 1), [], cmd.wrappers, cmd.range, cmd.loc, cmd.instruction);
  const operands = clone.positionals(CLONE_VALUE_FLAGS);
  return operands.length >= 2 ? [{ word: operands[1], ensuresDirectory: false }] : [];
}

/** `/opt/` -> `/opt`, by a scan from the end (`\/+$` backtracks over a long run of slashes). */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}
