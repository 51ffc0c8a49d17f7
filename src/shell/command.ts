// A simple command found in a RUN (or shell-form CMD/ENTRYPOINT): its name, its words with exact
// ranges, and the flag helpers rules use to read it.
import type { Range, SourceLocation } from "../source/source.js";
import type { Word, Instruction } from "../parse/model.js";

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
    const slash = name.value.lastIndexOf("/");
    this.command = slash < 0 ? name.value : name.value.slice(slash + 1);
    this.#instruction = instruction;
  }

  /** The RUN, CMD or ENTRYPOINT the command is in. */
  get instruction(): Instruction {
    return this.#instruction;
  }

  /**
   * True when any of the flags is given: `-y` matches `-y`, `-qy`; `--yes` matches `--yes` and
   * `--yes=...`. Words after a bare `--` are not flags.
   */
  hasFlag(...names: string[]): boolean {
    return this.findFlag(names) !== undefined;
  }

  /** The word holding one of the flags (see hasFlag). */
  findFlag(names: string[]): Word | undefined {
    for (const w of this.args) {
      const v = w.value;
      if (v === "--") return undefined;
      if (!v.startsWith("-")) continue;
      for (const name of names) {
        if (name.startsWith("--")) {
          if (v === name || v.startsWith(name + "=")) return w;
        } else if (v === name) return w;
        else if (name.length === 2 && isShortFlagCluster(v, name[1])) return w;
      }
    }
    return undefined;
  }

  /** The value of `--name=value`, `--name value`, `-n value` or `-nvalue`. */
  flagValue(...names: string[]): Word | undefined {
    for (let i = 0; i < this.args.length; i++) {
      const w = this.args[i];
      if (w.value === "--") return undefined;
      for (const name of names) {
        if (w.value === name) return this.args[i + 1];
        if (name.startsWith("--") && w.value.startsWith(name + "=")) return valuePart(w, name.length + 1);
        if (!name.startsWith("--") && name.length === 2 && w.value.startsWith(name) && w.value.length > 2) {
          return valuePart(w, 2);
        }
      }
    }
    return undefined;
  }

  /**
   * Arguments that are not flags. `valueFlags` lists the flags that take a separate value
   * (`-r requirements.txt`), so that value is not taken for a positional.
   */
  positionals(valueFlags: readonly string[] = []): Word[] {
    const out: Word[] = [];
    let flagsEnded = false;
    for (let i = 0; i < this.args.length; i++) {
      const w = this.args[i];
      if (flagsEnded || !w.value.startsWith("-") || w.value === "-") out.push(w);
      else if (w.value === "--") flagsEnded = true;
      else if (valueFlags.includes(w.value)) i++;
    }
    return out;
  }

  /** The first positional: `install` in `apt-get -y install x`. */
  subcommand(valueFlags: readonly string[] = []): Word | undefined {
    return this.positionals(valueFlags)[0];
  }
}

/**
 * True when `word` is short flags run together, one of them `letter`: `-c`, `-ec`, `-xvc` for `c`.
 * (`/^-[a-z]*c[a-z]*$/` says the same, but backtracks over the word from each of its letters.)
 */
export function isShortFlagCluster(word: string, letter: string): boolean {
  return /^-[A-Za-z]+$/.test(word) && word.includes(letter);
}

/** The part of a `--flag=value` word after the `=`, with its own range (quotes around the whole word left out). */
function valuePart(w: Word, skip: number): Word {
  const quote = w.text[0] === '"' || w.text[0] === "'" ? w.text[0] : null;
  const quoted = quote !== null && w.text.length > 1 && w.text.endsWith(quote) ? 1 : 0;
  const start = w.range[0] + skip + quoted;
  const end = w.range[1] - quoted;
  return {
    type: "Word",
    text: w.text.slice(skip + quoted, w.text.length - quoted),
    value: w.value.slice(skip),
    range: [start, end],
    loc: {
      start: { line: w.loc.start.line, column: w.loc.start.column + skip + quoted },
      end: { line: w.loc.end.line, column: w.loc.end.column - quoted },
    },
  };
}
