// Commands that run another command: `sudo apt-get ...`, `env X=1 pip ...`, `xargs rm`.
// The table says which of their flags take a value and how many positionals come before the
// wrapped command.
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";

interface Wrapper {
  /** flags whose value is the next word */
  valueFlags: string[];
  /** positionals before the wrapped command (`timeout 10 cmd`, `gosu user cmd`) */
  skip: number;
  /** `env` also skips `NAME=value` words */
  skipAssignments?: boolean;
}

const wrappers: Record<string, Wrapper> = {
  sudo: { valueFlags: ["-u", "-g", "-U", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "--user", "--group"], skip: 0 },
  env: { valueFlags: ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"], skip: 0, skipAssignments: true },
  xargs: {
    valueFlags: ["-I", "-L", "-n", "-P", "-s", "-d", "-E", "-a", "--max-args", "--max-procs", "--delimiter", "--arg-file"],
    skip: 0,
  },
  nohup: { valueFlags: [], skip: 0 },
  exec: { valueFlags: ["-a"], skip: 0 },
  time: { valueFlags: ["-f", "-o"], skip: 0 },
  nice: { valueFlags: ["-n", "--adjustment"], skip: 0 },
  stdbuf: { valueFlags: ["-i", "-o", "-e"], skip: 0 },
  timeout: { valueFlags: ["-s", "-k", "--signal", "--kill-after"], skip: 1 },
  gosu: { valueFlags: [], skip: 1 },
  "su-exec": { valueFlags: [], skip: 1 },
  tini: { valueFlags: ["-p", "-e"], skip: 0 },
  "dumb-init": { valueFlags: ["-r", "--rewrite"], skip: 0 },
  command: { valueFlags: [], skip: 0 },
};

const shells = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox-sh"]);

export function isShell(command: string): boolean {
  return shells.has(command);
}

/** The command a wrapper runs, or null when `cmd` is not a wrapper (or wraps nothing). */
export function unwrap(cmd: ShellCommand): { name: Word; args: Word[] } | null {
  const wrapper = wrappers[cmd.command];
  if (!wrapper) return null;
  if (cmd.command === "command" && cmd.args.some((a) => a.value === "-v" || a.value === "-V")) return null;
  let i = 0;
  let skip = wrapper.skip;
  const args = cmd.args;
  for (; i < args.length; i++) {
    const v = args[i].value;
    if (v === "--") {
      i++;
      break;
    }
    if (v.startsWith("-") && v.length > 1) {
      if (wrapper.valueFlags.includes(v)) i++;
      continue;
    }
    if (wrapper.skipAssignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    break;
  }
  if (i >= args.length) return null;
  return { name: args[i], args: args.slice(i + 1) };
}
