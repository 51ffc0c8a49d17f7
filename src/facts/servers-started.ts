// The servers a container of a stage starts through its ENTRYPOINT and CMD, with where each one
// listens (the server table is src/shell/servers.ts; this reads the stage's start-up command).
import type * as m from "../parse/model.js";
import { ShellCommand } from "../shell/command.js";
import type { ShellDocument } from "../shell/document.js";
import { findServer, type ServerCall } from "../shell/servers.js";
import { unwrap } from "../shell/wrappers.js";
import type { StageGraph } from "./stage-graph.js";
import { processEnvironment, startupOf } from "./startup.js";

export interface StartedServer extends ServerCall {
  /** The CMD/ENTRYPOINT instructions the command comes from, in file order. */
  instructions: m.Instruction[];
  /** True when `anchor` is an exec-form JSON string (added flags are new JSON elements). */
  execForm: boolean;
}

export function findStartedServers(stage: m.Stage, graph: StageGraph, doc: ShellDocument): StartedServer[] {
  const { entrypoint, cmd } = startupOf(stage, graph);
  const out: StartedServer[] = [];
  const fromCommands = (instruction: m.Cmd | m.Entrypoint) => {
    for (const command of doc.commandsOf(instruction)) {
      const env = processEnvironment(doc, graph, stage, instruction, command);
      const call = findServer(command.name, command.args, env);
      if (call) out.push({ ...call, instructions: [instruction], execForm: isExecWord(instruction, call.anchor) });
    }
  };
  if (!entrypoint || entrypoint.exec?.length === 0) {
    // `ENTRYPOINT []` clears the entrypoint: CMD runs on its own
    if (cmd) fromCommands(cmd);
  } else if (!entrypoint.exec) {
    fromCommands(entrypoint); // shell-form ENTRYPOINT ignores CMD
  } else if (!cmd || (!cmd.exec && !cmd.shellText)) {
    fromCommands(entrypoint);
  } else if (cmd.exec && entrypoint.exec.length) {
    // exec ENTRYPOINT + exec CMD: one argv
    const words = [...entrypoint.exec, ...cmd.exec];
    const ordered = [entrypoint, cmd].sort((a, b) => a.range[0] - b.range[0]);
    let command: ShellCommand | null = new ShellCommand(words[0], words.slice(1), [], [], [words[0].range[0], words[words.length - 1].range[1]], entrypoint.loc, cmd);
    const env = processEnvironment(doc, graph, stage, cmd, null);
    for (let guard = 0; command && guard < 5; guard++) {
      const call = findServer(command.name, command.args, env);
      if (call) {
        out.push({ ...call, instructions: ordered, execForm: true });
        break;
      }
      const inner = unwrap(command);
      command = inner ? new ShellCommand(inner.name, inner.args, [], [], command.range, command.loc, cmd) : null;
    }
  } else if (!cmd.exec && wrapsNothing(entrypoint)) {
    // ["tini", "--"] + shell-form CMD: the CMD's shell runs the commands
    fromCommands(cmd);
  }
  return out;
}

/** True when an exec-form ENTRYPOINT only wraps (tini, dumb-init...) whatever CMD gives it. */
function wrapsNothing(entrypoint: m.Entrypoint): boolean {
  const words = entrypoint.exec!;
  // unwrap() runs the shared wrapper table: with one more word, a pure wrapper hands that word on
  const probe: m.Word = { ...words[words.length - 1], value: "\u0000probe" };
  let command = new ShellCommand(words[0], [...words.slice(1), probe], [], [], entrypoint.range, entrypoint.loc, entrypoint);
  for (let guard = 0; guard < 5; guard++) {
    const inner = unwrap(command);
    if (!inner) return false;
    if (inner.name === probe) return true;
    command = new ShellCommand(inner.name, inner.args, [], [], entrypoint.range, entrypoint.loc, entrypoint);
  }
  return false;
}

function isExecWord(instruction: m.Cmd | m.Entrypoint, word: m.Word): boolean {
  return instruction.exec?.some((w) => w.range[0] === word.range[0]) ?? false;
}
