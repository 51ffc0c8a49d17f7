// Paths in an image that its Dockerfile fills, declares or gives to a user: where COPY and ADD
// write (relative destinations read against the WORKDIR in effect), the VOLUME mount points, and
// what `COPY --chown` and `RUN chown` hand to a user, through the stage's lineage, with variables
// substituted. A path that cannot be known is left out.
import { posix } from "node:path";
import type * as m from "../parse/model.js";
import type { SourceLocation } from "../source/source.js";
import type { ShellDocument } from "../shell/document.js";
import { ownerChange, ownerUser } from "../shell/file-modes.js";
import type { StageGraph } from "./stage-graph.js";

export interface WrittenPath {
  /** Absolute and normalized, without a trailing slash (`/` stays `/`). */
  path: string;
  instruction: m.Copy;
  /** True when it copies from another stage or an image (`--from`): what the build made, not files of the context. */
  fromBuild: boolean;
}

export function writtenPaths(stage: m.Stage, graph: StageGraph, doc: ShellDocument): WrittenPath[] {
  const out: WrittenPath[] = [];
  for (const s of [...graph.lineage(stage)].reverse()) {
    for (const i of s.instructions) {
      if ((i.type !== "Copy" && i.type !== "Add") || !i.destination) continue;
      const path = absolute(i.destination.value, i, doc);
      if (path !== null) out.push({ path, instruction: i, fromBuild: i.from !== null });
    }
  }
  return out;
}

export function volumesDeclared(stage: m.Stage, graph: StageGraph, doc: ShellDocument): string[] {
  const out: string[] = [];
  for (const s of graph.lineage(stage)) {
    for (const i of s.instructions) {
      if (i.type !== "Volume") continue;
      for (const word of i.paths) {
        const path = absolute(word.value, i, doc);
        if (path !== null && !out.includes(path)) out.push(path);
      }
    }
  }
  return out;
}

export interface OwnedPath {
  /** Absolute and normalized, as in WrittenPath. */
  path: string;
  /** The user it is given to, variables substituted: `app` of `app:app`, `1000` of `1000:1000`. */
  user: string;
  /**
   * True when everything under `path` is the user's (`chown -R`). `chown` without `-R` gives the
   * path itself; COPY and ADD give what they copy there, not the directory when it already existed.
   */
  recursive: boolean;
  instruction: m.Copy | m.Run;
  /** Where it is given: the COPY or ADD, or the `chown` command in the RUN. */
  loc: SourceLocation;
}

/**
 * The paths the stage's lineage gives to a user: COPY/ADD `--chown=<user>` destinations and the
 * targets of `chown <user> path` in a RUN, in build order. An owner or a path with a variable the
 * build does not know, a glob, a `~`, or a relative path in a RUN that changes directory is left out.
 */
export function ownedPaths(stage: m.Stage, graph: StageGraph, doc: ShellDocument): OwnedPath[] {
  const out: OwnedPath[] = [];
  const userOf = (owner: string, at: m.Instruction): string | null => {
    const { value, unresolved } = doc.resolve(owner, at);
    return unresolved.length ? null : ownerUser(value);
  };
  for (const s of [...graph.lineage(stage)].reverse()) {
    for (const i of s.instructions) {
      if ((i.type === "Copy" || i.type === "Add") && i.destination) {
        const chown = i.flags.find((f) => f.name === "chown")?.value;
        const user = chown ? userOf(chown, i) : null;
        const path = user ? absolute(i.destination.value, i, doc) : null;
        if (user && path !== null) out.push({ path, user, recursive: false, instruction: i, loc: i.loc });
      } else if (i.type === "Run") {
        const commands = doc.commandsOf(i);
        const changesDirectory = commands.some((c) => c.command === "cd" || c.command === "pushd");
        for (const command of commands) {
          const change = ownerChange(command);
          const user = change ? userOf(change.owner.value, i) : null;
          if (!change || !user) continue;
          for (const target of change.targets) {
            const { value, unresolved } = doc.resolve(target.value, i);
            if (unresolved.length || /`|\$\(|\{\}/.test(target.value) || /[*?[~{]/.test(value) || (changesDirectory && !value.startsWith("/"))) continue;
            const path = absolute(target.value, i, doc);
            if (path !== null) out.push({ path, user, recursive: change.recursive, instruction: i, loc: command.loc });
          }
        }
      }
    }
  }
  return out;
}

/** A path as the build reads it at `at`: variables substituted, a relative one against the WORKDIR; null when unknown. */
function absolute(written: string, at: m.Instruction, doc: ShellDocument): string | null {
  const { value, unresolved } = doc.resolve(written, at);
  if (unresolved.length || value === "") return null;
  let path = value;
  if (!path.startsWith("/")) {
    const workdir = doc.workdirOf(at);
    if (workdir === null || !workdir.startsWith("/")) return null;
    path = posix.join(workdir, path);
  }
  return normalizePath(path);
}

/** `/app/./src/` -> `/app/src`; `/` stays `/`. */
export function normalizePath(path: string): string {
  const normal = posix.normalize(path);
  return normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
}

/** True when `path` is `dir` or inside it (both normalized). */
export function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === "/" ? "/" : `${dir}/`);
}
