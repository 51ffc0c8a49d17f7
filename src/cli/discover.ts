// Which files to lint: named files as given, directories searched for Dockerfiles (the names in
// dockerfile-names.ts; skipping node_modules, .git and what .gitignore ignores), globs matched
// from their fixed prefix.
import fs from "node:fs";
import path from "node:path";
import type { Ignore } from "ignore";
import { isDockerfileName } from "../dockerfile-names.js";
import { DocklintError, ioReason } from "../engine/errors.js";

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface Discovery {
  files: string[];
  errors: DocklintError[];
}

export async function discoverFiles(patterns: string[], cwd: string): Promise<Discovery> {
  const files: string[] = [];
  const errors: DocklintError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
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
    // ignore and picomatch are loaded for directories and globs only: named files, a pre-commit
    // hook's case, need neither (together ~2 ms of start-up)
    if (stat?.isDirectory()) {
      const found = walk(absolute, isDockerfileName, (await import("ignore")).default);
      if (!found.length) errors.push(new DocklintError("io", `No Dockerfiles found in ${pattern}.`));
      found.forEach((f) => add(path.relative(cwd, f) || f));
    } else if (stat) add(pattern);
    else {
      const picomatch = (await import("picomatch")).default;
      const { base, glob, isGlob } = picomatch.scan(pattern);
      if (!isGlob) {
        errors.push(new DocklintError("io", `No such file or directory: ${pattern}.`));
        continue;
      }
      const root = path.resolve(cwd, base || ".");
      const matches = picomatch(glob, { dot: false });
      const found = fs.existsSync(root) ? walk(root, (_name, rel) => matches(rel), (await import("ignore")).default) : [];
      if (!found.length) errors.push(new DocklintError("io", `No files match ${pattern}.`));
      found.forEach((f) => add(path.relative(cwd, f) || f));
    }
  }
  return { files, errors };
}

/** Files under `root` accepted by `accept(name, pathRelativeToRoot)`, in sorted order; `ignore` reads .gitignore files. */
function walk(root: string, accept: (name: string, relative: string) => boolean, ignore: () => Ignore): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const visit = (dir: string, ignores: { base: string; rules: Ignore }[]) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    const gitignore = path.join(dir, ".gitignore");
    const here = fs.existsSync(gitignore) ? [...ignores, { base: dir, rules: ignore().add(fs.readFileSync(gitignore, "utf8")) }] : ignores;
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
      const ignored = here.some(({ base, rules }) => {
        const rel = path.relative(base, full).split(path.sep).join("/");
        return rules.ignores(isDir ? rel + "/" : rel);
      });
      if (ignored) continue;
      if (isDir) visit(full, here);
      else if (accept(entry.name, path.relative(root, full).split(path.sep).join("/"))) found.push(full);
    }
  };
  visit(root, []);
  return found;
}
