// What shell-level knowledge reads of a Dockerfile besides one command's words: its text, its
// variables, its stages and the commands of other instructions. The engine's source code is one;
// nothing under src/shell imports the engine to get it.
import type * as m from "../parse/model.js";
import type { Resolved, Variables } from "../parse/variables.js";
import type { ShellCommand } from "./command.js";

export interface ShellDocument {
  readonly text: string;
  readonly ast: m.Dockerfile;
  readonly variables: Variables;
  /** `$VAR` and `${VAR:-x}` replaced by the ARG/ENV values visible at `at`. */
  resolve(text: string, at: m.Instruction): Resolved;
  stageOf(instruction: m.Instruction): m.Stage | undefined;
  /** The stage and its ancestors through `FROM <stage>`, nearest first. */
  stageLineage(stage: m.Stage): readonly m.Stage[];
  /** The simple commands of a RUN, CMD or ENTRYPOINT, parsed once. */
  commandsOf(instruction: m.Instruction): ShellCommand[];
  /** The WORKDIR in effect at an instruction; null when unknown. */
  workdirOf(instruction: m.Instruction): string | null;
  /**
   * What `compute` gives for a node of this file and `key`, worked out once and dropped with the
   * file: the place for a reader's per-node answers (a module's WeakMap keyed by nodes would keep
   * each lint's syntax alive through V8's young-generation collections).
   */
  remember<T>(node: object, key: symbol, compute: () => T): T;
}
