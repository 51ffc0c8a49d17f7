// A simple command found in a RUN (or shell-form CMD/ENTRYPOINT): its name, its words with exact
// ranges, and the flag helpers rules use to read it.
import type { Range, SourceLocation } from "../source/source.js";
import type { Word, Instruction } from "../parse/model.js";
import { findFlagWord, firstPositional, positionalsOf, programName, readFlagValue, valueWord } from "./flags.js";

/** `> /path`, `2>>log`, `&>/dev/null`: where the command's output goes. */
export interface Redirect {
  operator: string;
  target: Word;
}

export class ShellCommand {
  readonly type = "ShellCommand";
  /** File redirections written after the command. */
  readonly redirects: Redirect[] = [];
  /** The program's base name: `/usr/bin/apt-get` -> `apt-get`. */
  readonly command: string;
  // private: keeps nodes printable and free of cycles
  readonly #instruction: Instruction;
  #remembered: Map<symbol, unknown> | undefined;

  constructor(
    /** The name as written. */
    readonly name: Word,
    readonly args: Word[],
    /** `VAR=value` words before the name. */
    readonly assignments: Word[],
    /** Commands this one was found through: `sudo`, `env`, `xargs`, `sh -c`... */
    readonly wrappers: string[],
    readonly range: Range,
    readonly loc: SourceLocation,
    instruction: Instruction,
  ) {
    this.command = programName(name.value);
    this.#instruction = instruction;
  }

  /** The RUN, CMD or ENTRYPOINT the command is in. */
  get instruction(): Instruction {
    return this.#instruction;
  }

  /**
   * What `compute` gives for this command, worked out once and kept with the command. Readers
   * that many rules ask (which package manager a command runs...) remember their answers here,
   * not in a module's WeakMap keyed by commands: V8's young-generation collections keep a
   * WeakMap's entries, and with them each lint's whole syntax, alive until a full collection.
   */
  remember<T>(key: symbol, compute: () => T): T {
    this.#remembered ??= new Map();
    if (this.#remembered.has(key)) return this.#remembered.get(key) as T;
    const value = compute();
    this.#remembered.set(key, value);
    return value;
  }

  /**
   * True when any of the flags is given: `-y` matches `-y`, `-qy`; `--yes` matches `--yes` and
   * `--yes=...`. Words after a bare `--` are not flags.
   */
  hasFlag(...names: string[]): boolean {
    return findFlagWord(this.args, names) !== undefined;
  }

  /** The word holding one of the flags (see hasFlag). */
  findFlag(names: string[]): Word | undefined {
    return findFlagWord(this.args, names);
  }

  /** The value of `--name=value`, `--name value`, `-n value` or `-nvalue`, as a word of its own. */
  flagValue(...names: string[]): Word | undefined {
    const read = readFlagValue(this.args, names);
    return read ? valueWord(read) : undefined;
  }

  /**
   * Arguments that are not flags. `valueFlags` lists the flags that take a separate value
   * (`-r requirements.txt`), so that value is not taken for a positional.
   */
  positionals(valueFlags: readonly string[] = []): Word[] {
    return [...positionalsOf(this.args, valueFlags)].map((p) => p.word);
  }

  /** The first positional: `install` in `apt-get -y install x`. */
  subcommand(valueFlags: readonly string[] = []): Word | undefined {
    return firstPositional(this.args, valueFlags)?.word;
  }
}
