// "The tree": where a file docklint found by itself, rather than one the user named, must really
// lie once its links are followed, so that a link committed to a repository (`Dockerfile ->
// /etc/shadow`, a directory link to `/`) cannot make docklint read, print or write what is
// outside it. docs/security.md says which tree applies to which file.
import fs from "node:fs";
import path from "node:path";

/** True when `inner` is `outer` or below it (both absolute, compared as written). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** A path with its links followed; itself when that fails (it does not exist, a loop): callers then get the error reading it. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The tree of a file found beside or above a Dockerfile (a config, an ignore file): the working
 * directory when the file's path is inside it; else the directory the file is in (a monorepo
 * root above the working directory, or the directory of a Dockerfile named elsewhere).
 */
export function treeOf(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  return isWithin(absolute, path.resolve(cwd)) ? realPath(cwd) : realPath(path.dirname(absolute));
}

/** Why `file` may not be used: its real path is outside `tree`; null when it is inside. */
export function outsideTree(file: string, tree: string): string | null {
  const real = realPath(file);
  return isWithin(real, tree) ? null : `it links to ${real}, outside ${tree}`;
}
