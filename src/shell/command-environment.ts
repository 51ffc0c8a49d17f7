// Whether an environment variable reaches one command of a RUN, the ways a Dockerfile sets one for
// it: ENV or ARG, `VAR=x cmd`, `env VAR=x cmd`, or an `export` earlier in the same RUN.
import type { ShellDocument } from "./document.js";
import type * as m from "../parse/model.js";
import type { ShellCommand } from "./command.js";

/**
 * True when `name` reaches `command` with a value `accepts` takes. A value declared by ENV or ARG
 * that cannot be known at lint time (`ARG X` without a default) counts: it may well be set.
 */
export function variableReaches(name: string, accepts: RegExp, command: ShellCommand, sourceCode: ShellDocument): boolean {
  const run = command.instruction;
  const declared = sourceCode.variables.lookup(name, run);
  if (declared === null || (declared !== undefined && accepts.test(declared))) return true;
  const prefix = `${name}=`;
  const setIn = (words: m.Word[]) => words.some((w) => w.value.startsWith(prefix) && accepts.test(w.value.slice(prefix.length)));
  if (setIn(command.assignments)) return true;
  if (run.type !== "Run") return false;
  return sourceCode.commandsOf(run).some(
    (c) =>
      (c.command === "env" && c.range[0] <= command.range[0] && c.range[1] >= command.range[1] && setIn(c.args)) ||
      (c.command === "export" && c.range[1] <= command.range[0] && setIn(c.args)),
  );
}
