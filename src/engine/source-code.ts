// The source code object rules read through `context.sourceCode`: the text, the document, and
// the shared, cached views of it (shell commands, variables, stages, the current SHELL).
import { posix } from "node:path";
import type { SourceRange, TraversalStep } from "@eslint/core";
import { locationOf, type SourceLocation, type SourceText } from "../source/source.js";
import { LIMITS, TooComplex, type Deadline } from "../parse/limits.js";
import type * as m from "../parse/model.js";
import { Variables, type Resolved } from "../parse/variables.js";
import type { ShellCommand } from "../shell/command.js";
import { parseShell, type ParsedShell, type ShellScript } from "../shell/find-commands.js";
import type { ShellDocument } from "../shell/document.js";
import { argValues, type BuildInputs } from "../facts/build-inputs.js";
import { DockerfileFacts } from "../facts/facts.js";
import type { Pragmas } from "./pragmas.js";
import type { RuleNode } from "./rule.js";
import { now } from "../source/clock.js";

const POSIX_SHELLS = /(^|\/)(sh|bash|dash|ash|zsh|ksh|mksh)$/;
const DEFAULT_SHELL = ["/bin/sh", "-c"];
const NO_SHELL: ParsedShell = { commands: [], scripts: [], dispose: () => {} };

export class DockerfileSourceCode implements ShellDocument {
  readonly text: string;
  readonly ast: m.Dockerfile;
  readonly variables: Variables;
  /** Set by a `# hadolint shell=...` pragma: the shell every RUN uses. */
  shellOverride: string | null = null;
  /** The file's pragmas, read by the linter before the rules run (not under ESLint, which reads its own comments). */
  pragmas: Pragmas | undefined;
  protected readonly shellCache = new Map<m.Instruction, ParsedShell>();
  private shells: Map<m.Instruction, string[]> | null = null;
  private workdirs: Map<m.Instruction, string | null> | null = null;
  private readonly remembered = new Map<symbol, Map<object, unknown>>();
  private commandCount = 0;
  private wordCount = 0;
  /** When linting this file must stop (set by the linter). */
  deadline: Deadline | undefined;
  /** When set (`--timing`), `shellMs` adds up the time spent parsing shell code. */
  timeShell = false;
  shellMs = 0;

  #facts: DockerfileFacts | undefined;

  /** `inputs`: what `docker build` is told besides the file (build args, target, ...); none by default. */
  constructor(
    readonly source: SourceText,
    document: m.Dockerfile,
    readonly buildInputs: BuildInputs = {},
  ) {
    this.text = source.text;
    this.ast = document;
    this.variables = new Variables(document, document.escapeChar, argValues(buildInputs));
  }

  /** What the Dockerfile builds with its build inputs: worked out on first use, once per lint. */
  get facts(): DockerfileFacts {
    return (this.#facts ??= new DockerfileFacts(this, this.buildInputs));
  }

  /** The text's lines, split when first asked for (no rule of ours does). */
  get lines(): string[] {
    return (this.#lines ??= this.text.split(/\r\n|\r|\n/));
  }

  #lines: string[] | undefined;

  getLoc(node: RuleNode): SourceLocation {
    return node.loc;
  }

  getRange(node: RuleNode): SourceRange {
    return node.range;
  }

  getText(node?: RuleNode): string {
    return node ? this.text.slice(node.range[0], node.range[1]) : this.text;
  }

  locOf(range: SourceRange): SourceLocation {
    return locationOf(this.source, [range[0], range[1]]);
  }

  /** `$VAR` and `${VAR:-x}` replaced by the ARG/ENV values visible at `at`. */
  resolve(text: string, at: m.Instruction): Resolved {
    return this.variables.resolve(text, at);
  }

  stageOf(instruction: m.Instruction): m.Stage | undefined {
    return this.ast.stages[instruction.stageIndex];
  }

  /** The stage and its ancestors through `FROM <stage>`, nearest first (the facts' stage graph). */
  stageLineage(stage: m.Stage): readonly m.Stage[] {
    return this.facts.lineage(stage);
  }

  /** The SHELL in effect for an instruction (inherited through `FROM <stage>`). */
  shellOf(instruction: m.Instruction): string[] {
    return (this.shells ??= shellsInEffect(this.ast)).get(instruction) ?? DEFAULT_SHELL;
  }

  /**
   * The WORKDIR in effect for an instruction (inherited through `FROM <stage>`), absolute and
   * normalized; `~` for `WORKDIR $HOME`; null when it is the base image's or cannot be known.
   */
  workdirOf(instruction: m.Instruction): string | null {
    return (this.workdirs ??= workdirsInEffect(this.ast, this.variables)).get(instruction) ?? null;
  }

  remember<T>(node: object, key: symbol, compute: () => T): T {
    let values = this.remembered.get(key);
    if (!values) this.remembered.set(key, (values = new Map()));
    if (values.has(node)) return values.get(node) as T;
    const value = compute();
    values.set(node, value);
    return value;
  }

  /** True when RUN bodies here are POSIX shell (not PowerShell or cmd). */
  isPosixShell(instruction: m.Instruction): boolean {
    if (this.shellOverride) return POSIX_SHELLS.test(this.shellOverride);
    return POSIX_SHELLS.test(this.shellOf(instruction)[0] ?? "");
  }

  /** The simple commands of a RUN, CMD or ENTRYPOINT, parsed once. */
  commandsOf(instruction: m.Instruction): ShellCommand[] {
    return this.shell(instruction)?.commands ?? [];
  }

  /** The shell code parsed for an instruction, as syntax trees: for rules that need shell structure. */
  scriptsOf(instruction: m.Instruction): ShellScript[] {
    return this.shell(instruction)?.scripts ?? [];
  }

  private shell(instruction: m.Instruction): ParsedShell | undefined {
    if (!hasShellCode(instruction)) return undefined;
    let parsed = this.shellCache.get(instruction);
    if (!parsed) {
      const shellForm = !instruction.exec;
      const start = this.timeShell ? now() : 0;
      parsed = shellForm && !this.isPosixShell(instruction) ? NO_SHELL : parseShell(instruction, this.source, this.deadline);
      if (this.timeShell) this.shellMs += now() - start;
      this.shellCache.set(instruction, parsed);
      this.commandCount += parsed.commands.length;
      if (this.commandCount > LIMITS.shellCommands) {
        throw new TooComplex(`more than ${LIMITS.shellCommands} shell commands`, instruction.range[0]);
      }
      // the parses are kept until the file is done: the words in them count over the file
      for (const command of parsed.commands) this.wordCount += 1 + command.args.length;
      if (this.wordCount > LIMITS.words) throw new TooComplex(`more than ${LIMITS.words} words`, instruction.range[0]);
    }
    return parsed;
  }

  /** Frees the syntax trees; the linter calls it when the file is done. */
  dispose(): void {
    for (const parsed of this.shellCache.values()) parsed.dispose();
    this.shellCache.clear();
  }

  /**
   * The one walk over the document, entering (1) and leaving (2) each node in document order:
   * the Dockerfile, its preamble, each Stage and its instructions, an ONBUILD's trigger inside
   * it, and with `withCommands` each RUN/CMD/ENTRYPOINT's shell commands inside their
   * instruction. The engine calls the rules from it; traverse() (ESLint) makes its steps.
   */
  walk(visit: (node: WalkedNode, phase: 1 | 2) => void, withCommands: boolean): void {
    const instruction = (i: m.Instruction): void => {
      visit(i, 1);
      if (withCommands && hasShellCode(i)) {
        for (const command of this.commandsOf(i)) {
          visit(command, 1);
          visit(command, 2);
        }
      }
      if (i.type === "Onbuild" && i.trigger) instruction(i.trigger);
      visit(i, 2);
    };
    const doc = this.ast;
    visit(doc, 1);
    for (const i of doc.preamble) instruction(i);
    for (const stage of doc.stages) {
      visit(stage, 1);
      for (const i of stage.instructions) instruction(i);
      visit(stage, 2);
    }
    visit(doc, 2);
  }

  /** The walk's steps, without shell commands. */
  *traverse(): Iterable<TraversalStep> {
    const steps: TraversalStep[] = [];
    this.walk((node, phase) => steps.push(step(node, phase)), false);
    yield* steps;
  }
}

/** What the walk visits. */
export type WalkedNode = m.Dockerfile | m.Stage | m.Instruction | ShellCommand;

function hasShellCode(instruction: m.Instruction): instruction is m.Run | m.Cmd | m.Entrypoint {
  return instruction.type === "Run" || instruction.type === "Cmd" || instruction.type === "Entrypoint";
}

/**
 * The SHELL in effect at each instruction of a stage, in one pass over the file: a stage starts
 * with the shell its parent ended with (parents come earlier in the file).
 */
function shellsInEffect(doc: m.Dockerfile): Map<m.Instruction, string[]> {
  const shells = new Map<m.Instruction, string[]>();
  const finalShell: string[][] = [];
  for (const stage of doc.stages) {
    let shell = stage.parent === null ? DEFAULT_SHELL : (finalShell[stage.parent] ?? DEFAULT_SHELL);
    for (const i of stage.instructions) {
      shells.set(i, shell);
      if (i.type === "Onbuild" && i.trigger) shells.set(i.trigger, shell);
      if (i.type === "Shell" && i.exec?.length) shell = i.exec.map((w) => w.value);
    }
    finalShell[stage.index] = shell;
  }
  return shells;
}

function workdirsInEffect(doc: m.Dockerfile, variables: Variables): Map<m.Instruction, string | null> {
  const dirs = new Map<m.Instruction, string | null>();
  const finalDir: (string | null)[] = [];
  for (const stage of doc.stages) {
    let dir = stage.parent === null ? null : (finalDir[stage.parent] ?? null);
    for (const i of stage.instructions) {
      dirs.set(i, dir);
      if (i.type === "Onbuild" && i.trigger) dirs.set(i.trigger, dir);
      if (i.type !== "Workdir" || i.args.length !== 1) continue;
      const written = i.args[0].value;
      const { value, unresolved } = variables.resolve(written, i);
      if (unresolved.length) dir = /^\$(HOME|\{HOME\})$/.test(written) ? "~" : null;
      else if (value.startsWith("/")) dir = posix.normalize(value);
      else dir = dir === null ? null : posix.join(dir, value);
    }
    finalDir[stage.index] = dir;
  }
  return dirs;
}

export function step(target: object, phase: 1 | 2): TraversalStep {
  return { kind: 1, target, phase, args: [target] } as TraversalStep;
}
