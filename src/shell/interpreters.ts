// Programs that run a script (shells, python, php, node, perl, ruby) and where they read it from:
// code given inline (`sh -c`, `python -c`), a file named on the command line, or standard input.
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";
import { isFlag } from "./flags.js";
import { isShell } from "./wrappers.js";

interface Interpreter {
  /** Flags whose value is the code to run (`sh -c code`; short ones may be bundled: `-ec`). */
  inline: readonly string[];
  /** Flags that run something other than a script file or standard input (`python -m module`, `php -a`). */
  other?: readonly string[];
  /** Flags whose value is the next word, so that value is not taken for the script. */
  valueFlags: readonly string[];
  /** Flags that make the program read the script from standard input whatever follows (`sh -s args`). */
  stdin?: readonly string[];
  /** `--` ends the program's options and what follows goes to the script read from standard input (`php -- args`). */
  dashDashIsStdin?: boolean;
}

// `sh -n file` only reads the script for syntax errors: nothing runs
const shell: Interpreter = { inline: ["-c"], other: ["-n"], valueFlags: ["-o", "-O", "--rcfile", "--init-file"], stdin: ["-s"] };
const interpreters: { programs: RegExp; spec: Interpreter }[] = [
  { programs: /^python[0-9.]*$/, spec: { inline: ["-c"], other: ["-m"], valueFlags: ["-W", "-X", "--check-hash-based-pycs"] } },
  { programs: /^php[0-9.]*$/, spec: { inline: ["-r"], other: ["-a", "-S"], valueFlags: ["-c", "-d", "-z", "-t"], dashDashIsStdin: true } },
  { programs: /^(node|nodejs)$/, spec: { inline: ["-e", "--eval", "-p", "--print"], other: ["-i", "--interactive"], valueFlags: ["-r", "--require", "--import", "--loader"] } },
  { programs: /^perl[0-9.]*$/, spec: { inline: ["-e", "-E"], valueFlags: [] } },
  { programs: /^ruby[0-9.]*$/, spec: { inline: ["-e"], valueFlags: ["-r", "-I", "-C"] } },
];

function interpreterOf(command: string): Interpreter | null {
  if (isShell(command)) return shell;
  return interpreters.find((i) => i.programs.test(command))?.spec ?? null;
}

/**
 * Where a command that runs a script reads it from: standard input, a file, or code given inline
 * (`word` is that code, when written as a separate word). null when the command is no interpreter,
 * or runs neither (`python -m pip`).
 */
export type ScriptSource = { from: "stdin" } | { from: "file"; word: Word } | { from: "inline"; word: Word | undefined };

export function scriptSource(cmd: ShellCommand): ScriptSource | null {
  const spec = interpreterOf(cmd.command);
  if (!spec) return null;
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === "--") {
      if (spec.dashDashIsStdin) return { from: "stdin" };
      return args[i + 1] ? fileOrStdin(args[i + 1]) : { from: "stdin" };
    }
    if (v === "-") return { from: "stdin" };
    if (v.startsWith("-") || (spec === shell && v.startsWith("+"))) {
      if (spec.inline.some((f) => isFlag(v, f))) return { from: "inline", word: v.includes("=") ? undefined : args[i + 1] };
      if (spec.other?.some((f) => isFlag(v, f))) return null;
      if (spec.stdin?.some((f) => isFlag(v, f))) return { from: "stdin" };
      if (spec.valueFlags.includes(v)) i++;
      continue;
    }
    return fileOrStdin(args[i]);
  }
  return { from: "stdin" };
}

function fileOrStdin(word: Word): ScriptSource {
  return word.value === "/dev/stdin" || word.value === "-" ? { from: "stdin" } : { from: "file", word };
}
