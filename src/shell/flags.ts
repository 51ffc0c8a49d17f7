// Reading a command line's words the way programs do: a program's name, its flags (short and
// long, clustered, with attached or separate values), its positionals, and where a value sits in
// the file so a fix can edit only that part of a word. Every reader of flags uses these.
import type { Range } from "../source/source.js";
import type { Word } from "../parse/model.js";

/** The program's base name: `/usr/bin/apt-get` -> `apt-get`. */
export function programName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * True when `word` is short flags run together, one of them `letter`: `-c`, `-ec`, `-xvc` for `c`.
 * (`/^-[a-z]*c[a-z]*$/` says the same, but backtracks over the word from each of its letters.)
 */
export function isShortFlagCluster(word: string, letter: string): boolean {
  return /^-[A-Za-z]+$/.test(word) && word.includes(letter);
}

/** `-c` matches `-c` and clusters (`-ec`); a long flag matches itself and `--flag=value`. */
export function isFlag(word: string, flag: string): boolean {
  if (flag.startsWith("--")) return word === flag || word.startsWith(flag + "=");
  return word === flag || (flag.length === 2 && isShortFlagCluster(word, flag[1]));
}

/** The word holding one of the flags (see `isFlag`); words after a bare `--` are not flags. */
export function findFlagWord(args: readonly Word[], names: readonly string[]): Word | undefined {
  for (const w of args) {
    const v = w.value;
    if (v === "--") return undefined;
    if (!v.startsWith("-")) continue;
    for (const name of names) if (isFlag(v, name)) return w;
  }
  return undefined;
}

/** A flag's value as read from the words. */
export interface FlagValue {
  /** The flag as given in `names`. */
  flag: string;
  /** The word that holds the value as written: the flag's word for `--opt=x` and `-ox`, else the next word. */
  whole: Word;
  /** Where the value starts in `whole.value` (the length of `--opt=` or `-o`, or 0). */
  start: number;
  /** The value: `whole.value` from `start`. */
  value: string;
  /** An optional-value flag given without one (`vite --host`); `whole` is then the flag's word. */
  bare: boolean;
}

export interface FlagValueOptions {
  /** Take the last occurrence (later flags win in most CLIs); default: the first. */
  last?: boolean;
  /** The flag's value is optional: a missing next word or one starting with `-` makes it bare. */
  optional?: boolean;
  /** `-b=x` gives `x` (argparse) rather than `=x` (getopt). */
  shortEquals?: boolean;
}

/**
 * The value of `--name=value`, `--name value`, `-n value` or `-nvalue` (the first of `names`
 * found, or the last with `last`). Words after a bare `--` are not read.
 */
export function readFlagValue(args: readonly Word[], names: readonly string[], options: FlagValueOptions = {}): FlagValue | null {
  let found: FlagValue | null = null;
  for (const read of flagValues(args, names, options)) {
    if (!options.last) return read;
    found = read;
  }
  return found;
}

/** Every value given to one of the flags, in order (see `readFlagValue`); a flag with no word after it ends the reading. */
export function* flagValues(args: readonly Word[], names: readonly string[], options: FlagValueOptions = {}): Generator<FlagValue> {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = w.value;
    if (v === "--") return;
    for (const flag of names) {
      if (v === flag) {
        const next = args[i + 1];
        if (options.optional && (!next || next.value.startsWith("-"))) yield { flag, whole: w, start: v.length, value: "", bare: true };
        else if (next) yield { flag, whole: next, start: 0, value: next.value, bare: false };
        else if (!options.last) return;
      } else if ((flag.startsWith("--") || options.shortEquals) && v.startsWith(flag + "=")) {
        yield attached(w, flag, flag.length + 1);
      } else if (!options.optional && isShortName(flag) && v.startsWith(flag) && v.length > 2 && !v.startsWith("--")) {
        yield attached(w, flag, 2);
      }
    }
  }
}

function attached(word: Word, flag: string, start: number): FlagValue {
  return { flag, whole: word, start, value: word.value.slice(start), bare: false };
}

function isShortName(flag: string): boolean {
  return flag.length === 2 && flag[0] === "-" && flag[1] !== "-";
}

/**
 * The value as a word of its own: the value's text and range for `--opt=x` (quotes around the
 * whole word or around the value left out), the next word itself for `--opt x`.
 */
export function valueWord(read: FlagValue): Word {
  return read.start === 0 ? read.whole : wordAfter(read.whole, read.start);
}

/**
 * The part of a word after its first `skip` value characters, with its own position when the
 * word is written as its value, quoted whole (`"--opt=x"`) or after the prefix (`--opt='x'`);
 * otherwise (escapes, partial quotes) the whole word's position with the part's value.
 */
export function wordAfter(w: Word, skip: number): Word {
  const value = w.value.slice(skip);
  let shift: number | null = null;
  if (w.text.slice(0, skip) === w.value.slice(0, skip)) {
    const rest = w.text.slice(skip);
    if (rest === value) shift = skip;
    else if (isQuoted(rest, value)) shift = skip + 1;
  } else if (isQuoted(w.text, w.value)) shift = skip + 1;
  if (shift === null) return { ...w, value };
  return {
    type: "Word",
    text: value,
    value,
    range: [w.range[0] + shift, w.range[0] + shift + value.length],
    loc: {
      start: { line: w.loc.start.line, column: w.loc.start.column + shift },
      end: { line: w.loc.start.line, column: w.loc.start.column + shift + value.length },
    },
  };
}

/** `"value"` or `'value'`. */
function isQuoted(text: string, value: string): boolean {
  return text.length === value.length + 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0]) && text.slice(1, -1) === value;
}

/**
 * Values of options whose short forms may be bundled (`tar`, `curl`): for short `o`, `-o v`,
 * `-ov`, `-sSLo v`, `-sSLov` (the first letter of a bundle that takes a value ends it); for long
 * `--output`, `--output v` and `--output=v`. Words after `--` are not options.
 */
export function optionValues(args: readonly Word[], shorts: readonly string[], longs: readonly string[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === "--") break;
    if (v.startsWith("--")) {
      const long = longs.find((l) => v === l || v.startsWith(l + "="));
      if (!long) continue;
      if (v === long) {
        if (args[i + 1]) out.push(args[++i]);
      } else out.push(wordAfter(args[i], long.length + 1));
      continue;
    }
    if (!v.startsWith("-") || v.length < 2) continue;
    for (let j = 1; j < v.length; j++) {
      if (!/[A-Za-z0-9]/.test(v[j])) break;
      if (!shorts.includes(v[j])) continue;
      if (j + 1 < v.length) out.push(wordAfter(args[i], j + 1));
      else if (args[i + 1]) out.push(args[++i]);
      break;
    }
  }
  return out;
}

/**
 * The file range of `word.value.slice(start, end)` when the word is written as its value,
 * `"value"` or `'value'`; null when escapes or partial quoting make the two differ.
 */
export function valueSpan(word: Word, start: number, end: number): Range | null {
  const text = word.text;
  let open: number;
  if (text === word.value) open = 0;
  else if (text.length === word.value.length + 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0]) && text.slice(1, -1) === word.value) {
    open = 1;
  } else return null;
  return [word.range[0] + open + start, word.range[0] + open + end];
}

/**
 * The words that are not flags, with their index. `valueFlags` lists the flags that take a
 * separate value (`-r requirements.txt`), so that value is not taken for a positional; after a
 * bare `--` every word is one.
 */
export function* positionalsOf(args: readonly Word[], valueFlags: readonly string[] = []): Generator<{ word: Word; index: number }> {
  let flagsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (flagsEnded || !w.value.startsWith("-") || w.value === "-") yield { word: w, index: i };
    else if (w.value === "--") flagsEnded = true;
    else if (valueFlags.includes(w.value)) i++;
  }
}

/** The first positional (see `positionalsOf`), or null. */
export function firstPositional(args: readonly Word[], valueFlags: readonly string[] = []): { word: Word; index: number } | null {
  for (const found of positionalsOf(args, valueFlags)) return found;
  return null;
}
