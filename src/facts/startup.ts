// What a container of a stage starts with: its ENTRYPOINT and CMD, its HEALTHCHECK and its USER, inherited through
// FROM <stage>, and the environment its process sees (ENV, not ARG; the command line's own settings).
import type * as m from "../parse/model.js";
import type { ShellCommand } from "../shell/command.js";
import { valuesSetFor } from "../shell/command-environment.js";
import type { ShellDocument } from "../shell/document.js";
import type { ServerEnvironment } from "../shell/servers.js";
import type { StageGraph } from "./stage-graph.js";

export interface Startup {
  entrypoint: m.Entrypoint | null;
  cmd: m.Cmd | null;
}

/** The ENTRYPOINT and CMD a container of this stage runs (null when none is set in the Dockerfile). */
export function startupOf(stage: m.Stage, graph: StageGraph): Startup {
  let entrypoint: m.Entrypoint | null = null;
  let cmd: m.Cmd | null = null;
  for (const s of [...graph.lineage(stage)].reverse()) {
    let cmdInStage = false;
    for (const i of s.instructions) {
      if (i.type === "Cmd") {
        cmd = i;
        cmdInStage = true;
      } else if (i.type === "Entrypoint") {
        entrypoint = i;
        // an ENTRYPOINT clears the CMD inherited from the base image
        if (!cmdInStage) cmd = null;
      }
    }
  }
  return { entrypoint, cmd };
}

/** The HEALTHCHECK a container of this stage runs: the last of the stage or of its nearest ancestor with one (`NONE` included). */
export function healthcheckOf(stage: m.Stage, graph: StageGraph): m.Healthcheck | null {
  for (const s of graph.lineage(stage)) {
    const healthcheck = s.instructions.findLast((i): i is m.Healthcheck => i.type === "Healthcheck");
    if (healthcheck) return healthcheck;
  }
  return null;
}

export interface EffectiveUser {
  /** The USER instruction in effect: the last one of the stage or, failing that, of its nearest ancestor with one. */
  instruction: m.SimpleInstruction;
  /** The stage it is in. */
  stage: m.Stage;
  /** Its words with the variables substituted (an unknown one stays as written). */
  value: string;
}

/** A USER value (or Compose's `user:`) that is root: `root`, `0`, with or without a group (the user part decides). */
export function isRootUser(value: string): boolean {
  const name = value.split(":")[0].trim();
  return name === "root" || /^0+$/.test(name);
}

/** The USER a container of this stage runs as, when the Dockerfile sets one (else the base image's). */
export function effectiveUser(stage: m.Stage, graph: StageGraph, doc: ShellDocument): EffectiveUser | null {
  for (const s of graph.lineage(stage)) {
    const user = s.instructions.findLast((i): i is m.SimpleInstruction => i.type === "User");
    if (user) return { instruction: user, stage: s, value: doc.resolve(user.args.map((a) => a.value).join(" "), user).value };
  }
  return null;
}

/**
 * The value the container's environment holds for `name`: the last ENV of the stage or its
 * ancestors that sets it, wherever it stands (image config applies to the whole container).
 * ARG values do not reach the container. Undefined when no ENV sets it, null when unknown.
 */
export function runtimeEnv(stage: m.Stage, name: string, graph: StageGraph, doc: ShellDocument): string | null | undefined {
  let last: { pair: m.KeyValue; at: m.Instruction } | null = null;
  for (const s of [...graph.lineage(stage)].reverse()) {
    for (const i of s.instructions) {
      if (i.type === "Env") for (const pair of i.pairs) if (pair.key.value === name) last = { pair, at: i };
    }
  }
  if (!last) return undefined;
  if (!last.pair.value) return null;
  const resolved = doc.resolve(last.pair.value.value, last.at);
  return resolved.unresolved.length ? null : resolved.value;
}

/** What a process started by `command` in `instruction` (a CMD or ENTRYPOINT) sees: its words' values and its environment. */
export function processEnvironment(
  doc: ShellDocument,
  graph: StageGraph,
  stage: m.Stage,
  instruction: m.Instruction,
  command: ShellCommand | null,
): ServerEnvironment {
  const literal = new Set<number>();
  for (const s of graph.lineage(stage)) {
    for (const i of s.instructions) if ((i.type === "Cmd" || i.type === "Entrypoint") && i.exec) for (const w of i.exec) literal.add(w.range[0]);
  }
  const resolve = (text: string): string | null => {
    if (!text.includes("$")) return text;
    const resolved = doc.resolve(text, instruction);
    return resolved.unresolved.length ? null : resolved.value;
  };
  return {
    value(word) {
      // exec-form words reach the program as written: no shell expands them
      if (literal.has(word.range[0])) return word.value;
      if (word.text.startsWith("'")) return word.value;
      if (/`|\$\(/.test(word.value)) return null;
      return resolve(word.value);
    },
    env(name) {
      const set = command ? valuesSetFor(name, command, doc) : [];
      if (set.length) return resolve(set[set.length - 1]);
      return runtimeEnv(stage, name, graph, doc);
    },
    mentions(pattern) {
      return pattern.test(doc.text);
    },
  };
}
