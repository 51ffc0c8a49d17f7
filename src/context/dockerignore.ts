// The .dockerignore of a build: where BuildKit looks for it, and which context paths its
// patterns exclude. Patterns follow Docker's syntax, not gitignore's: they are anchored at the
// context root, `*` and `?` stay within one path segment, `**` spans any number of segments, a
// pattern that matches a directory excludes everything under it, and a later `!pattern`
// re-includes what an earlier one excluded.
import fs from "node:fs";
import path from "node:path";
import { DocklintError } from "../engine/errors.js";
import { DEFAULT_MAX_FILE_SIZE, kindOf, readRegularFile, Refused } from "../source/read-file.js";
import type { UnsavedTexts } from "../source/unsaved-texts.js";
import { outsideTree, treeOf } from "../source/tree.js";
import { PathGlob } from "../parse/path-glob.js";

export interface IgnorePattern {
  /** The pattern as Docker reads it: trimmed, cleaned, without a leading `/` or `!`. */
  pattern: string;
  /** A `!pattern` line: re-includes what it matches. */
  exception: boolean;
  /** 1-based line in the file. */
  line: number;
  glob: PathGlob;
}

export interface IgnoreFile {
  /** Absolute path of the file. */
  file: string;
  patterns: IgnorePattern[];
}

/**
 * The ignore file BuildKit uses for a Dockerfile: `<Dockerfile name>.dockerignore` beside the
 * Dockerfile wins over `<context>/.dockerignore`. Null when there is neither (a directory of that
 * name is none). A FIFO, socket or device there, or a link that leads out of its tree (see
 * source/tree.ts; `cwd` is the working directory), is refused with a DocklintError: it would hang
 * or flood the read, or show what is outside the project.
 */
export function findIgnoreFile(contextDir: string, dockerfile: string, cwd = process.cwd(), unsaved?: UnsavedTexts): string | null {
  for (const file of ignoreFileCandidates(contextDir, dockerfile)) {
    if (unsaved?.get(file) !== undefined) return file;
    // no exception for a missing file: most contexts have no ignore file, and throwing costs
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat || stat.isDirectory()) continue;
    const name = path.relative(cwd, file) || file;
    if (!stat.isFile()) throw new DocklintError("io", `Cannot read ${name}: it is ${kindOf(stat)}, not a regular file.`);
    const leaves = outsideTree(file, treeOf(file, cwd));
    if (leaves) throw new DocklintError("io", `Not reading ${name}: ${leaves}.`);
    return file;
  }
  return null;
}

/** Where BuildKit looks for the ignore file, first match wins. */
export function ignoreFileCandidates(contextDir: string, dockerfile: string): string[] {
  return [`${dockerfile}.dockerignore`, path.join(contextDir, ".dockerignore")];
}

/**
 * Reads an ignore file findIgnoreFile accepted; null when it cannot be read (nothing to judge
 * by). One replaced since by what is not a regular file, or larger than 10 MB, is refused.
 */
export function readIgnoreFile(file: string, cwd = process.cwd(), unsaved?: UnsavedTexts): IgnoreFile | null {
  let text: string;
  try {
    text = unsaved?.get(file) ?? readRegularFile(file, DEFAULT_MAX_FILE_SIZE).bytes.toString("utf8");
  } catch (error) {
    if (error instanceof Refused) throw new DocklintError("io", `Cannot read ${path.relative(cwd, file) || file}: ${error.message}.`);
    return null;
  }
  return { file, patterns: parseIgnorePatterns(text) };
}

export function parseIgnorePatterns(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      // a comment only when `#` is the first character of the line, as Docker reads it
      if (raw.startsWith("#")) return;
      let pattern = raw.trim();
      if (!pattern) return;
      const exception = pattern.startsWith("!");
      if (exception) pattern = pattern.slice(1).trim();
      if (pattern) pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
      patterns.push({ pattern, exception, line: index + 1, glob: new PathGlob(pattern) });
    });
  return patterns;
}

/**
 * True when the context path (relative, `/`-separated) is left out of the build context: the last
 * pattern that matches it, or one of its parent directories, is not an exception.
 */
export function isExcluded(patterns: readonly IgnorePattern[], contextPath: string): boolean {
  const file = cleanPath(contextPath);
  let excluded = false;
  for (const p of patterns) {
    if (p.exception !== excluded) continue; // cannot change the outcome
    if (p.glob.matchesPathOrParent(file)) excluded = !p.exception;
  }
  return excluded;
}

/**
 * True when an exception pattern might re-include something below the directory `contextPath`
 * (`node_modules` excluded, `!node_modules/keep` re-included): the directory is then partly there.
 * Errs on the side of "might".
 */
export function mayReincludeBelow(patterns: readonly IgnorePattern[], contextPath: string): boolean {
  const dir = cleanPath(contextPath) + "/";
  return patterns.some((p) => {
    if (!p.exception) return false;
    const literal = p.pattern.slice(0, p.pattern.search(/[*?[\\]|$/));
    return literal.startsWith(dir) || dir.startsWith(literal);
  });
}

/** Patterns that match every name at the context's root. */
const MATCHES_EVERYTHING = new Set(["*", "**", "**/*"]);

/**
 * The pattern that leaves the whole build context out (`*`, `**`), when no exception after it
 * brings anything back: `COPY . .` then copies nothing. Null otherwise.
 */
export function wholeContextExclusion(patterns: readonly IgnorePattern[]): IgnorePattern | null {
  let found: IgnorePattern | null = null;
  for (const p of patterns) {
    if (p.exception) found = null;
    else if (MATCHES_EVERYTHING.has(p.pattern)) found = p;
  }
  return found;
}

/** Go's filepath.Clean for `/`-separated paths: no `.` or empty segments, `..` resolved, no trailing `/`. */
export function cleanPath(p: string): string {
  const absolute = p.startsWith("/");
  const out: string[] = [];
  for (const segment of p.split("/")) {
    if (!segment || segment === ".") continue;
    if (segment === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
    } else out.push(segment);
  }
  const joined = out.join("/");
  return absolute ? "/" + joined : joined || ".";
}
