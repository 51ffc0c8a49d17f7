// What a Python interpreter's command line runs: `python3 -u -m pip install x` runs the module
// `pip`, `python manage.py runserver` the script `manage.py`. Every reader of `python -m` uses this.
import type { Word } from "../parse/model.js";

/** Python interpreters: `python`, `python3`, `python3.12`, `pypy`, `pypy3`. */
export const PYTHON = /^(?:python[0-9.]*|pypy3?)$/;

/** Interpreter options that take the next word as their value. */
const VALUE_OPTIONS = ["-W", "-X", "-Q"];

/** What the interpreter runs: a module (`-m`) or a script, and the words given to it. */
export type PythonRun = { module: Word; script?: undefined; args: Word[] } | { script: Word; module?: undefined; args: Word[] };

/**
 * What `program args` runs when `program` is a Python interpreter (a base name, see
 * `programName`); null when it is not one, or runs code given inline (`-c`) or on standard input.
 */
export function pythonRun(program: string, args: readonly Word[]): PythonRun | null {
  if (!PYTHON.test(program)) return null;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === "-c") return null;
    if (v === "-m") return args[i + 1] ? { module: args[i + 1], args: args.slice(i + 2) } : null;
    if (VALUE_OPTIONS.includes(v)) i++;
    else if (!v.startsWith("-")) return { script: args[i], args: args.slice(i + 1) };
  }
  return null;
}

/** The module `python -m <module>` runs, with the words after it; null for anything else. */
export function pythonModule(program: string, args: readonly Word[]): { module: Word; args: Word[] } | null {
  const run = pythonRun(program, args);
  return run?.module ? { module: run.module, args: run.args } : null;
}
