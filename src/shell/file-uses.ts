// The files a command runs, unpacks or installs: `sh f`, `./f`, `java -jar f`, `tar -xf f`,
// `unzip f`, `dpkg -i f`, `rpm -i f`, and package installs of local files (`apt-get install ./f.deb`,
// `pip install f.whl`). Rules that follow a file from where it was written to where it is used read this.
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";
import { scriptSource } from "./interpreters.js";
import { findPackageInstall } from "./package-managers.js";
import { optionValues } from "./flags.js";

export type FileUse = "run" | "extract" | "install";

export interface UsedFile {
  word: Word;
  use: FileUse;
}

const EXTRACTORS: Record<string, (cmd: ShellCommand) => Word[]> = {
  tar: (cmd) => (tarExtracts(cmd) ? tarFile(cmd) : []),
  bsdtar: (cmd) => (tarExtracts(cmd) ? tarFile(cmd) : []),
  unzip: (cmd) => cmd.positionals(["-d", "-x", "-P"]).slice(0, 1),
  "7z": (cmd) => (cmd.args[0]?.value === "x" || cmd.args[0]?.value === "e" ? cmd.positionals().slice(1, 2) : []),
};

/** Installers of package files: `dpkg -i f.deb`, `rpm -ivh f.rpm`. */
const INSTALLERS: Record<string, (cmd: ShellCommand) => Word[]> = {
  dpkg: (cmd) => (cmd.hasFlag("-i", "--install", "--unpack") ? cmd.positionals() : []),
  rpm: (cmd) => (cmd.hasFlag("-i", "-U", "-F", "--install", "--upgrade", "--freshen") ? cmd.positionals() : []),
};

export function usedFiles(cmd: ShellCommand): UsedFile[] {
  const out: UsedFile[] = [];
  // `./install.sh`, `/tmp/tool --version`: the command itself is a file
  if (cmd.name.value.includes("/")) out.push({ word: cmd.name, use: "run" });
  const source = scriptSource(cmd);
  if (source?.from === "file") out.push({ word: source.word, use: "run" });
  if (/^java[0-9.]*$/.test(cmd.command)) {
    const jar = cmd.flagValue("-jar");
    if (jar) out.push({ word: jar, use: "run" });
  }
  const extract = Object.hasOwn(EXTRACTORS, cmd.command) ? EXTRACTORS[cmd.command](cmd) : [];
  out.push(...extract.map((word) => ({ word, use: "extract" as const })));
  const install = Object.hasOwn(INSTALLERS, cmd.command) ? INSTALLERS[cmd.command](cmd) : [];
  out.push(...install.map((word) => ({ word, use: "install" as const })));
  // a package manager given a file (the name part of a package word is null for paths and archives)
  const packages = findPackageInstall(cmd)?.packages ?? [];
  out.push(...packages.filter((p) => p.name === null).map((p) => ({ word: p.word, use: "install" as const })));
  return out;
}

/** `tar -xzf`, `tar xf`, `tar --extract`. */
function tarExtracts(cmd: ShellCommand): boolean {
  const first = cmd.args[0]?.value ?? "";
  if (/^[A-Za-z]+$/.test(first) && first.includes("x")) return true;
  return cmd.hasFlag("-x", "--extract", "--get");
}

/** The archive of a tar command: `-f file`, `--file=file`, or the word after an old-style bundle with `f`. */
function tarFile(cmd: ShellCommand): Word[] {
  const first = cmd.args[0];
  if (first && /^[A-Za-z]+$/.test(first.value) && first.value.includes("f")) return cmd.args[1] ? [cmd.args[1]] : [];
  return optionValues(cmd.args, ["f"], ["--file"]).filter((w) => w.value !== "-");
}
