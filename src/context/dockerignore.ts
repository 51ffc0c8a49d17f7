// The .dockerignore of a build: where BuildKit looks for it, and which context paths its
// patterns exclude. Patterns follow Docker's syntax, not gitignore's: they are anchored at the
// context root, `*` and `?` stay within one path segment, `**` spans any number of segments, a
// pattern that matches a directory excludes everything under it, and a later `!pattern`
// re-includes what an earlier one excluded.
import fs from "node:fs";
import path from "node:path";
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
 * Dockerfile wins over `<context>/.dockerignore`. Null when there is neither.
 */
export function findIgnoreFile(contextDir: string, dockerfile: string): string | null {
  return ignoreFileCandidates(contextDir, dockerfile).find((file) => isFile(file)) ?? null;
}

/** Where BuildKit looks for the ignore file, first match wins. */
export function ignoreFileCandidates(contextDir: string, dockerfile: string): string[] {
  return [`${dockerfile}.dockerignore`, path.join(contextDir, ".dockerignore")];
}

export function readIgnoreFile(file: string): IgnoreFile {
  return { file, patterns: parseIgnorePatterns(fs.readFileSync(file, "utf8")) };
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

function isFile(file: string): boolean {
  // no exception for a missing file: most contexts have no ignore file, and throwing costs
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
