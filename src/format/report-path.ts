// How a report names a linted file: relative to a base directory (the working directory, or the
// repository root for reports a code host reads) when the file is inside it, else by its absolute
// path: a report never climbs out of its base with `../..`, which no code host can place.
import fs from "node:fs";
import path from "node:path";
import type { FormatContext } from "./formatter.js";

/** The name of standard input in results; reports print it as it is. */
const STDIN = "<stdin>";

/**
 * `filePath` (as the result names it: relative to `cwd`, or absolute) relative to `base`, in the
 * platform's separators; its absolute path when it lies outside `base` (or on another drive).
 */
export function reportPath(filePath: string, cwd: string, base = cwd): string {
  if (filePath === STDIN) return filePath;
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(base, absolute);
  if (relative === "") return filePath;
  if (path.isAbsolute(relative) || relative === ".." || relative.startsWith(`..${path.sep}`)) return absolute;
  return relative;
}

/** The same path with forward slashes, as CI systems and code hosts show paths on every platform. */
export function portablePath(filePath: string, cwd: string, base = cwd): string {
  return reportPath(filePath, cwd, base).replace(/\\/g, "/");
}

/**
 * The repository the run is in: the nearest directory at or above `cwd` that holds `.git` (a
 * directory, or the file a worktree or submodule has), found without running git; `cwd` when
 * there is none. The context's `repositoryRoot`, when given, wins.
 */
export function repositoryRoot({ cwd, repositoryRoot: given }: Pick<FormatContext, "cwd" | "repositoryRoot">): string {
  if (given !== undefined) return given;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}
