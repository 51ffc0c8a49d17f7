// The ARGs a build reads with no value: declared without a default (before the first FROM or in a
// stage the build runs), given no build arg, and used where an empty value changes what is built
// (the image a FROM names, a COPY path, a word of a RUN command). An ARG the Dockerfile reads with
// a default or an alternative (`${PY:-3.12}`, `${X:+...}`) or tests (`[ -n "$X" ]`) anywhere is
// optional by design, and so is one read where it cannot be told how (`[[ ]]`, `case`, a heredoc's
// text) or named as extra options (`GCFLAGS`, `EXTRA_PACKAGES`): all are left out.
import type * as m from "../parse/model.js";
import type { Range } from "../source/source.js";
import { variableReferences } from "../parse/variable-references.js";
import { isAutomaticBuildArg, isPredefinedBuildArg } from "../parse/variables.js";
import type { ShellCommand } from "../shell/command.js";
import type { ShellDocument } from "../shell/document.js";
import type { StageGraph } from "./stage-graph.js";

export interface UnsetArg {
  name: string;
  /** The ARG without a default in scope where the value is first used. */
  declaration: m.Env;
  /** The first instruction that uses the value (a FROM, COPY, RUN...). */
  use: m.Instruction;
  /** Where in the Dockerfile that use reads it: `$NAME` or `${NAME}`. */
  range: Range;
}

/** Instructions Docker expands itself where an empty value changes what is built: a path, a user, a port. */
const expandedUses = new Set<m.InstructionType>(["Copy", "Add", "Workdir", "User", "Expose", "Volume"]);
/** Commands that test a value: an ARG they read is optional by design. */
const testCommands = new Set(["[", "test"]);
/** Commands whose words are only shown or set: an empty value there builds the same image. */
const readOnly = new Set(["echo", "printf", "export", ":", "true", "set"]);

/**
 * Names that by convention hold extra options, empty unless asked for (`GCFLAGS`, `TESTFLAGS`,
 * `PIP_OPTS`, `EXTRA_PACKAGES`): an empty value there is the ordinary build.
 */
const optionalByName = /(FLAGS|OPTS|OPTIONS|ARGS)$|^EXTRA_|_EXTRA$/i;

/** name -> the ARG that declares it without a value in this scope, or null when it has one. */
type Scope = Map<string, m.Env | null>;

export function unsetArgsOf(graph: StageGraph, doc: ShellDocument, buildArgs: Readonly<Record<string, string>>): UnsetArg[] {
  const optional = new Set<string>();
  const used = new Map<string, UnsetArg>();
  const globals: Scope = new Map();
  for (const i of doc.ast.preamble) if (i.type === "Arg") declare(globals, i, null);
  const ends: Scope[] = [];
  for (const stage of doc.ast.stages) {
    if (!graph.isBuilt(stage)) continue;
    const from = stage.from;
    if (from.image) readExpanded(from, from.image.range, globals, true);
    if (from.platform?.valueRange) readExpanded(from, from.platform.valueRange, globals, true);
    // a stage built FROM another starts with its ARGs and ENV, as BuildKit passes both down
    const parent = graph.parentOf(stage);
    const scope: Scope = new Map(parent ? ends[parent.index] : []);
    for (const i of stage.instructions) {
      if (i.type === "Run") readRun(i, scope);
      else if (i.type !== "Onbuild" && i.type !== "Cmd" && i.type !== "Entrypoint" && i.type !== "Healthcheck") {
        // CMD, ENTRYPOINT and HEALTHCHECK run in the container, which has no ARGs; triggers run elsewhere
        const uses = expandedUses.has(i.type);
        for (const flag of i.flags) if (flag.valueRange) readExpanded(i, flag.valueRange, scope, uses);
        for (const arg of i.args) readExpanded(i, arg.range, scope, uses);
      }
      if (i.type === "Arg") declare(scope, i, globals);
      else if (i.type === "Env") for (const pair of i.pairs) scope.set(pair.key.value, null);
    }
    ends[stage.index] = scope;
  }
  return [...used.values()].filter((u) => !optional.has(u.name));

  function declare(scope: Scope, arg: m.Env, global: Scope | null): void {
    for (const pair of arg.pairs) {
      const name = pair.key.value;
      const hasValue = pair.value !== null || Object.hasOwn(buildArgs, name) || isAutomaticBuildArg(name) || isPredefinedBuildArg(name) || optionalByName.test(name);
      // `ARG X` in a stage takes the global ARG X's value, or lack of one
      scope.set(name, hasValue ? null : global?.has(name) && global.get(name) === null ? null : arg);
    }
  }

  function note(name: string, declaration: m.Env, use: m.Instruction, at: number): void {
    if (used.has(name)) return;
    const close = doc.text[at + 1] === "{" ? doc.text.indexOf("}", at) : -1;
    used.set(name, { name, declaration, use, range: [at, close >= 0 ? close + 1 : at + 1 + name.length] });
  }

  /** Text Docker substitutes itself (FROM, COPY, ENV...); `uses`: an empty value there matters. */
  function readExpanded(i: m.Instruction, range: Range, scope: Scope, uses: boolean): void {
    const text = doc.text.slice(range[0], range[1]);
    if (!text.includes("$")) return;
    for (const ref of variableReferences(text, doc.ast.escapeChar, range[0])) {
      const declaration = scope.get(ref.name);
      if (!declaration) continue;
      if (ref.guarded) optional.add(ref.name);
      else if (uses) note(ref.name, declaration, i, range[0] + ref.start);
    }
  }

  function readRun(run: m.Run, scope: Scope): void {
    const texts: Range[] = run.exec ? run.exec.map((w) => w.range) : run.shellRange && run.shellText !== null ? [[run.shellRange[0], run.shellRange[0] + run.shellText.length]] : [];
    let commands: ShellCommand[] | null = null;
    for (const range of texts) {
      const text = doc.text.slice(range[0], range[1]);
      if (!text.includes("$")) continue;
      for (const ref of variableReferences(text, doc.ast.escapeChar, range[0])) {
        const declaration = scope.get(ref.name);
        if (!declaration) continue;
        const at = range[0] + ref.start;
        const how = ref.guarded ? "test" : howRead(at, (commands ??= doc.commandsOf(run)), run.exec !== null);
        if (how === "use") note(ref.name, declaration, run, at);
        else if (how !== "shown") optional.add(ref.name);
      }
    }
  }
}

/**
 * How a RUN reads the value at offset `at`: as a command's word (`use`), in a test, only shown or
 * set (`shown`), or somewhere the simple commands do not cover (`unknown`: `[[ ]]`, `case`, `for`,
 * a heredoc's text). An exec-form RUN runs its program without a shell: only the commands of a
 * `sh -c` script in it expand variables.
 */
function howRead(at: number, commands: readonly ShellCommand[], exec: boolean): "use" | "test" | "shown" | "unknown" {
  let how: "use" | "shown" | "unknown" = "unknown";
  const covers = (w: m.Word) => w.range[0] <= at && at < w.range[1];
  for (const command of commands) {
    const inWords = covers(command.name) || command.args.some(covers) || command.redirects.some((r) => covers(r.target));
    if (!inWords && !command.assignments.some(covers)) continue;
    if (testCommands.has(command.command)) return "test";
    if (inWords && !readOnly.has(command.command) && !(exec && !command.wrappers.length)) how = "use";
    else if (how === "unknown") how = "shown";
  }
  return how;
}
