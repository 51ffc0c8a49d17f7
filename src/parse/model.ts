// The document model every rule sees: plain nodes in ESLint's shape ({type, range, loc}).
import type { Range, SourceLocation } from "../source/source.js";

export interface Node {
  type: string;
  range: Range;
  loc: SourceLocation;
}

/** A whitespace-separated argument (or an exec-form string): `text` as written, `value` unquoted. */
export interface Word extends Node {
  type: "Word";
  text: string;
  value: string;
}

export interface Flag extends Node {
  type: "Flag";
  name: string;
  value: string | null;
  nameRange: Range;
  valueRange: Range | null;
}

export interface Heredoc extends Node {
  type: "Heredoc";
  name: string;
  /** `<<-` strips leading tabs. */
  stripTabs: boolean;
  /** A quoted delimiter (`<<"EOF"`) disables variable expansion in the body. */
  quoted: boolean;
  content: string;
  contentRange: Range;
  closed: boolean;
}

/** `RUN --mount=type=cache,target=/root/.cache` */
export interface Mount {
  type: string;
  target: string | null;
  options: Record<string, string>;
  flag: Flag;
}

export interface ImageRef {
  /** The reference as written, e.g. `${REGISTRY}/python:3.12-slim`. */
  text: string;
  range: Range;
  loc: SourceLocation;
}

export interface PortSpec extends Word {
  port: string;
  protocol: string | null;
}

export interface KeyValue {
  key: Word;
  value: Word | null;
  /** false for the legacy `ENV key value` form */
  hasEquals: boolean;
  range: Range;
  loc: SourceLocation;
}

interface InstructionBase extends Node {
  /** Upper-case instruction name, e.g. `RUN`. */
  name: string;
  /** The keyword as written, e.g. `run`. */
  keyword: string;
  keywordRange: Range;
  flags: Flag[];
  /** Arguments after the flags, split on whitespace (continuations and comment lines removed). */
  args: Word[];
  /** From the first argument to the end of the instruction, or null when there is none. */
  argsRange: Range | null;
  /** Index of the stage this instruction belongs to, -1 before the first FROM. */
  stageIndex: number;
  /** True for the instruction inside an ONBUILD. */
  isTrigger: boolean;
}

/** The command part of RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD and SHELL. */
export interface CommandForm {
  /** Exec form when the arguments are a JSON array of strings. */
  exec: Word[] | null;
  /** Shell form: where the shell text starts in the file; the text itself is `shellText`. */
  shellRange: Range | null;
  /** The shell script with continuations blanked so offsets map 1:1 to the file. */
  shellText: string | null;
  heredocs: Heredoc[];
}

export interface From extends InstructionBase {
  type: "From";
  image: ImageRef | null;
  stageName: Word | null;
  /** The `AS` keyword as written. */
  asKeyword: Word | null;
  platform: Flag | null;
}
export interface Run extends InstructionBase, CommandForm {
  type: "Run";
  mounts: Mount[];
}
export interface Cmd extends InstructionBase, CommandForm {
  type: "Cmd";
}
export interface Entrypoint extends InstructionBase, CommandForm {
  type: "Entrypoint";
}
export interface Shell extends InstructionBase, CommandForm {
  type: "Shell";
}
export interface Healthcheck extends InstructionBase, CommandForm {
  type: "Healthcheck";
  /** `NONE`, `CMD`, or null when missing. */
  mode: string | null;
}
export interface Copy extends InstructionBase {
  type: "Copy" | "Add";
  sources: Word[];
  destination: Word | null;
  heredocs: Heredoc[];
  /** `--from=` value, when given. */
  from: Flag | null;
}
export interface Env extends InstructionBase {
  type: "Env" | "Label" | "Arg";
  pairs: KeyValue[];
}
export interface Expose extends InstructionBase {
  type: "Expose";
  ports: PortSpec[];
}
export interface Volume extends InstructionBase {
  type: "Volume";
  paths: Word[];
  /** true when written as a JSON array */
  json: boolean;
}
export interface Onbuild extends InstructionBase {
  type: "Onbuild";
  trigger: Instruction | null;
}
export interface SimpleInstruction extends InstructionBase {
  type: "User" | "Workdir" | "Stopsignal" | "Maintainer" | "Unknown";
}

export type Instruction =
  | From
  | Run
  | Cmd
  | Entrypoint
  | Shell
  | Healthcheck
  | Copy
  | Env
  | Expose
  | Volume
  | Onbuild
  | SimpleInstruction;

export interface Stage extends Node {
  type: "Stage";
  index: number;
  /** Lower-cased `AS` name, or null. */
  name: string | null;
  from: From;
  instructions: Instruction[];
  /** Index of the earlier stage named in FROM, or null when the base is an image. */
  parent: number | null;
}

export interface Directive {
  name: string;
  value: string;
  range: Range;
  loc: SourceLocation;
  valueRange: Range;
  valueLoc: SourceLocation;
}

export interface Comment extends Node {
  type: "Comment";
  /** Text after `#`, trimmed. */
  value: string;
}

/** A structural problem found while parsing, reported by the `syntax` rule. */
export interface ParseProblem {
  message: string;
  range: Range;
  loc: SourceLocation;
}

export interface Dockerfile extends Node {
  type: "Dockerfile";
  escapeChar: string;
  directives: Directive[];
  comments: Comment[];
  /** Instructions before the first FROM (global ARGs). */
  preamble: Instruction[];
  stages: Stage[];
  /** Every top-level instruction in file order (ONBUILD triggers are nested, not listed). */
  instructions: Instruction[];
  problems: ParseProblem[];
}

export type InstructionType = Instruction["type"];

/** The node interface for each instruction type, for typed visitors. */
export interface InstructionByType {
  From: From;
  Run: Run;
  Cmd: Cmd;
  Entrypoint: Entrypoint;
  Shell: Shell;
  Healthcheck: Healthcheck;
  Copy: Copy;
  Add: Copy;
  Env: Env;
  Label: Env;
  Arg: Env;
  Expose: Expose;
  Volume: Volume;
  Onbuild: Onbuild;
  User: SimpleInstruction;
  Workdir: SimpleInstruction;
  Stopsignal: SimpleInstruction;
  Maintainer: SimpleInstruction;
  Unknown: SimpleInstruction;
}
