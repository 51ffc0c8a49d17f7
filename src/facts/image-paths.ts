// Paths in an image that its Dockerfile fills or declares: where COPY and ADD write (relative
// destinations read against the WORKDIR in effect) and the VOLUME mount points, through the
// stage's lineage, with variables substituted. A path that cannot be known is left out.
import { posix } from "node:path";
import type * as m from "../parse/model.js";
import type { ShellDocument } from "../shell/document.js";
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
