// Which files to lint: named files as given, directories searched for Dockerfiles and Compose files
// (the names in dockerfile-names.ts and compose-names.ts; skipping node_modules, .git and what .gitignore ignores), globs matched
// from their fixed prefix (the syntax of config overrides, config/file-globs.ts).
import fs from "node:fs";
import path from "node:path";
import { isDockerfileName } from "../dockerfile-names.js";
import { isComposeName } from "../compose-names.js";
import { splitGlob } from "../config/file-globs.js";
import { Gitignore } from "./gitignore.js";
import { DocklintError, ioReason } from "../engine/errors.js";
import { DEFAULT_MAX_FILE_SIZE, readRegularFile } from "../source/read-file.js";
import { outsideTree, realPath } from "../source/tree.js";

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface Discovery {
  files: string[];
  /**
   * For each file, the tree --fix may write it in (a real path): the directory searched, for a
   * file found in one; the file's own directory, for a file named.
   */
  trees: Map<string, string>;
  errors: DocklintError[];
  /** Links found that lead outside the directory searched, not followed. */
  notices: string[];
}

export async function discoverFiles(patterns: string[], cwd: string): Promise<Discovery> {
  const files: string[] = [];
  const trees = new Map<string, string>();
  const errors: DocklintError[] = [];
  const notices: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, tree: string) => {
    const key = path.resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
      trees.set(file, tree);
    }
  };
  const search = async (root: string, accept: (name: string, relative: string) => boolean) => {
    const found = walk(root, accept, {
      show: (file) => path.relative(cwd, file) || file,
      error: (message) => errors.push(new DocklintError("io", message)),
      notice: (message) => notices.push(message),
    });
    const tree = realPath(root);
    for (const file of found) add(path.relative(cwd, file) || file, tree);
    return found.length;
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      // there, but not to be read: a symlink loop, a directory without permission
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        errors.push(new DocklintError("io", `Cannot read ${pattern}: ${ioReason(error)}.`));
        continue;
      }
    }
    if (stat?.isDirectory()) {
      if (!(await search(absolute, isLintedName))) errors.push(new DocklintError("io", `No Dockerfiles or Compose files found in ${pattern}.`));
    } else if (stat) add(pattern, realPath(path.dirname(absolute)));
    else {
      const glob = splitGlob(pattern);
      if (!glob) {
        errors.push(new DocklintError("io", `No such file or directory: ${pattern}.`));
        continue;
      }
      const root = path.resolve(cwd, glob.base);
      if (!(fs.existsSync(root) && (await search(root, (_name, rel) => glob.matches(rel))))) errors.push(new DocklintError("io", `No files match ${pattern}.`));
    }
  }
  return { files, trees, errors, notices };
}

/** A name a directory search lints: a Dockerfile's or a Compose file's. */
function isLintedName(name: string): boolean {
  return isDockerfileName(name) || isComposeName(name);
}

interface WalkReport {
  /** How a message names a path. */
  show: (file: string) => string;
  error: (message: string) => void;
  notice: (message: string) => void;
}

/**
 * Files under `root` accepted by `accept(name, pathRelativeToRoot)`, in sorted order, leaving out
 * what .gitignore files ignore. A link is followed only to what really lies inside `root`.
 */
function walk(root: string, accept: (name: string, relative: string) => boolean, report: WalkReport): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const tree = realPath(root);
  const outside = (full: string) => outsideTree(full, tree);
  const visit = (dir: string, ignores: { base: string; rules: Gitignore }[]) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    const here = [...ignores];
    const rules = readGitignore(path.join(dir, ".gitignore"), tree, report);
    if (rules !== null) here.push({ base: dir, rules: new Gitignore(rules) });
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = fs.statSync(full).isDirectory();
        } catch {
          continue;
        }
      }
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(here, full, isDir)) continue;
      const wanted = isDir || accept(entry.name, path.relative(root, full).split(path.sep).join("/"));
      const leaves = wanted && entry.isSymbolicLink() ? outside(full) : null;
      if (leaves) report.notice(`${report.show(full)}${isDir ? "/" : ""} was not ${isDir ? "searched" : "linted"}: ${leaves} (name it on the command line to lint it).`);
      else if (isDir) visit(full, here);
      else if (wanted) found.push(full);
    }
  };
  visit(root, []);
  return found;
}

/** Whether the .gitignore files above a path ignore it: the deepest one with a line about it decides, as in git. */
function isIgnored(ignores: { base: string; rules: Gitignore }[], full: string, isDirectory: boolean): boolean {
  for (let i = ignores.length - 1; i >= 0; i--) {
    const { base, rules } = ignores[i];
    const verdict = rules.verdict(path.relative(base, full).split(path.sep).join("/"), isDirectory);
    if (verdict !== undefined) return verdict;
  }
  return false;
}

/** A directory's .gitignore rules; null when it has none, or when it cannot be read (reported: the directory is searched without it). */
function readGitignore(file: string, tree: string, report: WalkReport): string | null {
  const refuse = (reason: string) => {
    report.error(`Cannot read ${report.show(file)}: ${reason}; its directory was searched without it.`);
    return null;
  };
  try {
    // most directories have none: one lstat, no exception
    const link = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!link) return null;
    const leaves = link.isSymbolicLink() ? outsideTree(file, tree) : null;
    if (leaves) return refuse(leaves);
    return readRegularFile(file, DEFAULT_MAX_FILE_SIZE).bytes.toString("utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? null : refuse(ioReason(error));
  }
}
