// Whether an environment variable reaches one command, the ways a Dockerfile sets one for it: ENV
// or ARG, `VAR=x cmd`, `env VAR=x cmd`, or an `export` earlier in the same instruction.
import type * as m from "../parse/model.js";
import type { ShellCommand } from "./command.js";
import type { ShellDocument } from "./document.js";

/**
 * The values the command's own shell code gives `name`, as written, in the order they take effect
 * (the last one wins): `export` earlier in the instruction, then an `env` that runs the command,
 * then its own `VAR=x` prefix.
 */
export function valuesSetFor(name: string, command: ShellCommand, doc: ShellDocument): string[] {
  const prefix = `${name}=`;
  const exported: string[] = [];
  const wrapping: string[] = [];
  const own: string[] = [];
  const setIn = (words: m.Word[], into: string[]) => {
    for (const w of words) if (w.value.startsWith(prefix)) into.push(w.value.slice(prefix.length));
  };
  setIn(command.assignments, own);
  for (const c of doc.commandsOf(command.instruction)) {
    if (c === command) continue;
    if (c.command === "env" && c.range[0] <= command.range[0] && c.range[1] >= command.range[1]) setIn(c.args, wrapping);
    else if (c.command === "export" && c.range[1] <= command.range[0]) setIn(c.args, exported);
  }
  return [...exported, ...wrapping, ...own];
}

/**
 * True when `name` reaches `command` with a value `accepts` takes. A value declared by ENV or ARG
 * that cannot be known at lint time (`ARG X` without a default) counts: it may well be set.
 */
export function variableReaches(name: string, accepts: RegExp, command: ShellCommand, doc: ShellDocument): boolean {
  const run = command.instruction;
  const declared = doc.variables.lookup(name, run);
  if (declared === null || (declared !== undefined && accepts.test(declared))) return true;
  if (run.type !== "Run") return command.assignments.some((w) => w.value.startsWith(`${name}=`) && accepts.test(w.value.slice(name.length + 1)));
  return valuesSetFor(name, command, doc).some((value) => accepts.test(value));
}
