// R package installs as a RUN line writes them: littler's install.r/install2.r/installGithub.r and
// the install calls inside `Rscript -e '...'` / `R -e "..."`, with whether each package is pinned
// (a version, a commit or tag, or a dated snapshot repository). Reads a few calls, not R.
import type { Range } from "../source/source.js";
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";

/** A package an R install names without pinning it. */
export interface UnpinnedRPackage {
  name: string;
  /** Where the name's string is in the file; the word holding it when the quoting hides the exact place. */
  range: Range;
  /** How to pin it, for the message. */
  how: "snapshot" | "ref";
}

/**
 * A dated snapshot repository: Posit Package Manager (`https://packagemanager.posit.co/cran/2024-01-15`,
 * `.../cran/__linux__/jammy/2024-01-15`, p3m.dev, packagemanager.rstudio.com) or MRAN
 * (`https://mran.microsoft.com/snapshot/2019-01-01`). `latest` moves.
 */
const DATED = /\/\d{4}-\d{2}-\d{2}(?![\w-])/;
/** A ref that does not move: a commit (7 to 40 hex digits) or a version tag (`v1.2.0`, `1.2`). */
const FIXED_REF = /^(?:[0-9a-f]{7,40}|v?\d[\w.-]*)$/i;
const LITTLER_VALUE_FLAGS = ["-r", "--repos", "--repo", "-l", "--libloc", "-d", "--deps", "-n", "--ncpus", "-t", "--type", "-m", "--method"];
/** Calls whose first argument names packages from a repository, and calls that install from GitHub. */
const REPO_CALLS = new Set(["install.packages", "utils::install.packages", "renv::install"]);
const GITHUB_CALLS = new Set(["install_github", "remotes::install_github", "devtools::install_github", "pak::pkg_install", "pak::pak"]);
const VERSION_CALLS = new Set(["install_version", "remotes::install_version", "devtools::install_version"]);
const PACKAGE = /^[A-Za-z][A-Za-z0-9.]*$/;

/** The R code a command runs: the values of `Rscript -e` and `R -e` (each with its word). */
export function rCode(cmd: ShellCommand): Word[] {
  if (cmd.command !== "Rscript" && cmd.command !== "R") return [];
  const out: Word[] = [];
  cmd.args.forEach((w, i) => {
    if (w.value === "-e" && cmd.args[i + 1]) out.push(cmd.args[i + 1]);
  });
  return out;
}

/** The unpinned packages a command installs with littler or R code; `repos` resolves a variable (`$CRAN`). */
export function unpinnedRPackages(cmd: ShellCommand, resolve: (text: string) => string | null): UnpinnedRPackage[] {
  if (cmd.command === "install.r" || cmd.command === "install2.r") {
    const repos = cmd.flagValue("-r", "--repos", "--repo");
    const repoText = repos ? resolve(repos.value) : null;
    if (repos && (repoText === null || DATED.test(repoText))) return [];
    return cmd
      .positionals(LITTLER_VALUE_FLAGS)
      .filter((w) => /^[A-Za-z][A-Za-z0-9.]*$/.test(w.value))
      .map((w) => ({ name: w.value, range: w.range, how: "snapshot" as const }));
  }
  if (cmd.command === "installGithub.r") {
    return cmd
      .positionals(LITTLER_VALUE_FLAGS)
      .filter((w) => /^[\w.-]+\/[\w.-]+/.test(w.value) && !githubPinned(w.value))
      .map((w) => ({ name: w.value, range: w.range, how: "ref" as const }));
  }
  return rCode(cmd).flatMap((word) => unpinnedInCode(word, resolve));
}

function githubPinned(spec: string): boolean {
  const at = /@([^@\s]+)$/.exec(spec);
  return at !== null && FIXED_REF.test(at[1]);
}

interface Call {
  name: string;
  args: Arg[];
}
interface Arg {
  name: string | null;
  /** The argument's text, trimmed, and where it starts in the code. */
  text: string;
  start: number;
}

/** The install calls in a piece of R code, read with the strings and brackets it needs and nothing more. */
function unpinnedInCode(word: Word, resolve: (text: string) => string | null): UnpinnedRPackage[] {
  const code = word.value;
  const calls = readCalls(code);
  // `options(repos = ...)` earlier in the same code sets the repository of the installs after it
  let snapshot = false;
  const out: UnpinnedRPackage[] = [];
  for (const { call } of calls) {
    const arg = (name: string, position: number) => call.args.find((a) => a.name === name) ?? call.args.filter((a) => a.name === null)[position];
    if (call.name === "options" || call.name === "renv::restore") {
      const repos = arg("repos", -1);
      if (repos && DATED.test(repos.text)) snapshot = true;
      continue;
    }
    if (REPO_CALLS.has(call.name)) {
      const pkgs = arg("pkgs", 0) ?? arg("packages", 0);
      const repos = call.args.find((a) => a.name === "repos");
      if (!pkgs || snapshot || (repos && (repos.text === "NULL" || repoDated(repos.text, resolve)))) continue;
      // a name alone: `pkg@1.2.3` (renv), a path or an archive is not one
      for (const s of strings(pkgs)) {
        if (PACKAGE.test(s.value)) out.push({ name: s.value, range: place(word, s.start, s.value.length + 2), how: "snapshot" });
      }
      continue;
    }
    if (VERSION_CALLS.has(call.name)) {
      const pkg = arg("package", 0);
      if (!pkg || arg("version", 1)) continue;
      for (const s of strings(pkg)) out.push({ name: s.value, range: place(word, s.start, s.value.length + 2), how: "snapshot" });
      continue;
    }
    if (GITHUB_CALLS.has(call.name)) {
      const repo = arg("repo", 0) ?? arg("pkg", 0);
      if (!repo || call.args.some((a) => a.name === "ref" && FIXED_REF.test(unquote(a.text)))) continue;
      for (const s of strings(repo)) {
        if (!/^(?:github::)?[\w.-]+\/[\w.-]+/.test(s.value) || githubPinned(s.value)) continue;
        out.push({ name: s.value, range: place(word, s.start, s.value.length + 2), how: "ref" });
      }
    }
  }
  return out;
}

function repoDated(text: string, resolve: (text: string) => string | null): boolean {
  if (DATED.test(text)) return true;
  // `repos = Sys.getenv("CRAN")`: the variable's value, when the Dockerfile sets it
  const env = /^Sys\.getenv\(\s*["'](\w+)["']\s*\)$/.exec(text);
  const value = env ? resolve(`$${env[1]}`) : null;
  return value === null ? env !== null : DATED.test(value);
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** The string literals of an argument: `"x"` or `c("a", "b")`, with where each starts (at its quote). */
function strings(arg: Arg): { value: string; start: number }[] {
  const out: { value: string; start: number }[] = [];
  const text = arg.text;
  if (!/^(?:c\s*\(|["'])/.test(text)) return out;
  for (let i = 0; i < text.length; i++) {
    const q = text[i];
    if (q !== '"' && q !== "'") continue;
    const end = text.indexOf(q, i + 1);
    if (end < 0) break;
    out.push({ value: text.slice(i + 1, end), start: arg.start + i });
    i = end;
  }
  return out;
}

/** The range of `length` characters at `start` in the word's value, or the whole word when its quoting moves them. */
function place(word: Word, start: number, length: number): Range {
  const quoted = word.text.length === word.value.length + 2 && `'"`.includes(word.text[0]) && word.text.slice(1, -1) === word.value;
  if (word.text === word.value || quoted) {
    const at = word.range[0] + (quoted ? 1 : 0) + start;
    return [at, at + length];
  }
  return word.range;
}

/** The function name written just before `(` at `end`: `install.packages`, `remotes::install_github`. */
function nameBefore(code: string, end: number): string {
  let start = end;
  while (start > 0 && /[\w.:]/.test(code[start - 1])) start--;
  const name = code.slice(start, end);
  return /^[A-Za-z.][\w.]*(?:::[A-Za-z.][\w.]*)?$/.test(name) ? name : "";
}

/** Each call `name(args)` in the code, outside strings and comments, nested ones included. */
function readCalls(code: string): { call: Call; at: number }[] {
  const calls: { call: Call; at: number }[] = [];
  const open: { name: string; at: number; args: Arg[]; argStart: number }[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      const end = code.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === "#") {
      const end = code.indexOf("\n", i);
      if (end < 0) break;
      i = end;
    } else if (c === "(") {
      const name = nameBefore(code, i);
      open.push({ name, at: i - name.length, args: [], argStart: i + 1 });
    } else if ((c === "," || c === ")") && open.length) {
      const top = open[open.length - 1];
      const raw = code.slice(top.argStart, i);
      if (raw.trim() || c === ",") top.args.push(readArg(raw, top.argStart));
      top.argStart = i + 1;
      if (c === ")") {
        open.pop();
        if (top.name) calls.push({ call: { name: top.name, args: top.args }, at: top.at });
      }
    } else if ((c === "[" || c === "{") && open.length) {
      // a bracket inside an argument: skip to its end so its commas stay in the argument
      const close = c === "[" ? "]" : "}";
      const end = code.indexOf(close, i + 1);
      if (end < 0) break;
      i = end;
    }
  }
  return calls.sort((a, b) => a.at - b.at);
}

function readArg(raw: string, start: number): Arg {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const named = /^([A-Za-z.][\w.]*)\s*=(?!=)\s*/.exec(text);
  if (!named) return { name: null, text, start: start + lead };
  return { name: named[1], text: text.slice(named[0].length), start: start + lead + named[0].length };
}
