// Flags a RUN that removes what an earlier instruction of the stage wrote (a package cache, a COPY's
// files): the earlier layer keeps it, so the removal makes the image no smaller.
import path from "node:path";
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { ShellCommand } from "../src/shell/command.js";
import { cacheLeftInLayer, cacheMountTarget, cleansCache, type PackageCache } from "../src/shell/cache-mounts.js";
import { managerCommand, findPackageInstall, type Manager } from "../src/shell/package-managers.js";
import { withoutTrailingSlashes, writtenPaths } from "../src/shell/written-paths.js";

/** The cache each manager's installs fill. apt's lists are filled by `apt-get update`, not by the install. */
const CACHE_OF: Partial<Record<Manager, PackageCache>> = {
  apk: "apk", yum: "yum", dnf: "dnf", zypper: "zypper", pip: "pip", npm: "npm", yarn: "yarn",
};
const ARCHIVE = /\.(tar|tgz|tbz2?|txz|tzst|tar\.(gz|bz2|xz|zst|lz|lzma))$/i;
const CACHES: PackageCache[] = ["apt-lists", "apk", "yum", "dnf", "zypper", "pip", "npm", "yarn"];

interface Written {
  instruction: m.Instruction;
}
interface Copied extends Written {
  /** The absolute path the COPY or ADD wrote. */
  path: string;
}
interface StageState {
  caches: Map<PackageCache, Written>;
  copied: Copied[];
  workdir: string | null;
}

/** The cache a command fills in its RUN, or null. */
function fillsCache(cmd: ShellCommand, run: m.Run, sourceCode: Parameters<typeof cacheLeftInLayer>[3]): PackageCache | null {
  const manager = managerCommand(cmd);
  if (!manager) return null;
  const sub = manager.words[0]?.value;
  if (sub === "update") return manager.manager === "apt" ? "apt-lists" : manager.manager === "apk" ? "apk" : null;
  // `npm ci` fills the cache like an install (the package table leaves it out: it names no packages)
  if (sub === "ci" && manager.manager === "npm") return "npm";
  const install = findPackageInstall(cmd);
  const cache = install && CACHE_OF[install.manager];
  if (!install || !cache) return null;
  if (cache === "apk" && install.command.hasFlag("--no-cache")) return null;
  if (cache === "pip" && (install.command.hasFlag("--no-cache-dir") || sourceCode.variables.lookup("PIP_NO_CACHE_DIR", run) !== undefined)) return null;
  return cache;
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "A RUN that removes what an earlier instruction of the same stage wrote: package caches (`rm -rf " +
        "/var/lib/apt/lists/*`, `yum clean all`, `pip cache purge`, `npm cache clean --force`) or files a COPY or ADD put there.",
      rationale:
        "Each instruction adds a layer on top of the earlier ones, and the image ships every layer: a file written " +
        "in one layer and removed in a later one is hidden, not gone, and the image is as large as before (larger, by " +
        "the record of the removal). Remove a package cache in the RUN that fills it (`apt-get update && apt-get " +
        "install … && rm -rf /var/lib/apt/lists/*`), or keep it out of the layer with a cache mount; fetch and unpack " +
        "an archive in one RUN, `ADD` a local tar archive (it is unpacked in the same layer), or copy only the result " +
        "from another stage.",
      examples: {
        valid: [
          "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n",
          "FROM debian:12 AS build\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt && rm /tmp/app.tgz\nFROM debian:12\nCOPY --from=build /opt /opt\n",
        ],
        invalid: [
          "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n",
          "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt && rm /tmp/app.tgz\n",
        ],
      },
      fixSafety: "No fix: moving the removal into the earlier RUN, or the files into another stage, changes the layers the author chose.",
      differences:
        "Only stages whose layers reach an image are checked (as for apt-clean-lists), and the earlier writes are " +
        "followed through `FROM <stage>`. A removal is not reported when the same RUN writes the cache again before " +
        "it (`apt-get update && … && rm -rf /var/lib/apt/lists/*` cleans its own lists). For COPY and ADD only the " +
        "copied files themselves (or a directory holding them) count, so `COPY . /app` followed by `rm -rf " +
        "/app/build` is not reported: the build may have created it. `apt-get clean` is not followed (the Debian " +
        "and Ubuntu images clean the archives after each install already). The earlier RUN is also reported by the " +
        "cache rules (apt-clean-lists, dnf-clean, pip-no-cache-dir, ...).",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "info",
    messages: {
      cache:
        "This removes {{cache}}, which the {{instruction}} at line {{line}} left in its layer: the image gets no " +
        "smaller. Clean up in that RUN instead.",
      copied:
        "`{{path}}` was written by the {{instruction}} at line {{line}}: removing it in a later layer leaves it in " +
        "the image. Use it in another stage, or fetch and remove it in one RUN.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const ends = new Map<number, StageState>();
    let state: StageState = { caches: new Map(), copied: [], workdir: "/" };
    let reaches = true;

    /** An absolute path with ARG/ENV substituted, or null when part of it cannot be known. */
    const absolute = (text: string, at: m.Instruction): string | null => {
      const resolved = sourceCode.resolve(text, at);
      if (resolved.unresolved.length || /[$`]/.test(resolved.value) || resolved.value.startsWith("~")) return null;
      const value = resolved.value;
      if (value.startsWith("/")) return path.posix.normalize(value);
      return state.workdir === null ? null : path.posix.join(state.workdir, value);
    };

    const label = (i: m.Instruction) => i.name;

    return {
      Stage(stage) {
        const from = sourceCode.facts.graph.parentOf(stage);
        const parent = from ? ends.get(from.index) : undefined;
        state = parent
          ? { caches: new Map(parent.caches), copied: [...parent.copied], workdir: parent.workdir }
          : { caches: new Map(), copied: [], workdir: "/" };
        reaches = sourceCode.facts.layersInImage(stage.from);
      },
      "Stage:exit"(stage) {
        ends.set(stage.index, state);
      },
      Workdir(node) {
        if (node.isTrigger) return;
        const dir = node.args.length === 1 ? absolute(node.args[0].value, node) : null;
        state.workdir = dir === null ? null : withoutTrailingSlashes(dir);
      },
      Copy: (node) => copied(node),
      Add: (node) => copied(node),
      Run(run) {
        if (run.isTrigger || run.stageIndex < 0) return;
        const commands = sourceCode.commandsOf(run);
        if (reaches) {
          const filled = new Set<PackageCache>();
          for (const command of commands) {
            for (const cache of CACHES) {
              const earlier = state.caches.get(cache);
              if (!earlier || filled.has(cache) || !cleansCache(command, cache, run, sourceCode)) continue;
              context.report({
                node: command,
                messageId: "cache",
                data: { cache: `the cache in ${cacheMountTarget(cache)}`, instruction: label(earlier.instruction), line: String(earlier.instruction.loc.start.line) },
              });
            }
            if (command.command === "rm") reportCopied(command, run);
            const fills = fillsCache(command, run, sourceCode);
            if (fills) filled.add(fills);
          }
        }
        // the caches this RUN leaves in its layer
        for (const command of commands) {
          const cache = fillsCache(command, run, sourceCode);
          if (cache && !state.caches.has(cache) && cacheLeftInLayer(run, cache, command, sourceCode)) state.caches.set(cache, { instruction: run });
        }
      },
    };

    function copied(node: m.Copy) {
      if (node.isTrigger || !node.destination || node.heredocs.length) return;
      const dest = absolute(node.destination.value, node);
      if (dest === null) return;
      const intoDirectory = node.destination.value.endsWith("/") || node.sources.length > 1;
      for (const source of node.sources) {
        // ADD unpacks a local archive: its files, not the archive, are at the destination
        if (node.type === "Add" && !/^https?:/i.test(source.value) && ARCHIVE.test(source.value)) continue;
        if (intoDirectory) {
          const name = path.posix.basename(withoutTrailingSlashes(source.value));
          // `COPY . /app`: what the directory holds afterwards is not known to come from the COPY
          if (name === "." || name === "" || /[$`*?[]/.test(name) || /^https?:/i.test(source.value)) continue;
          state.copied.push({ instruction: node, path: path.posix.join(dest, name) });
        } else if (source.value !== "." && !/^https?:\/\/.*\/$/.test(source.value)) {
          state.copied.push({ instruction: node, path: withoutTrailingSlashes(dest) });
        }
      }
    }

    function reportCopied(rm: ShellCommand, run: m.Run) {
      // a removal after a `cd` is relative to a directory this does not follow
      const commands = sourceCode.commandsOf(run);
      if (commands.some((c) => c.command === "cd" && c.range[0] < rm.range[0])) return;
      for (const word of rm.positionals()) {
        const target = absolute(word.value, run);
        if (target === null || target === "/") continue;
        const removed = withoutTrailingSlashes(target.endsWith("/*") ? target.slice(0, -2) : target);
        const wholeDir = target.endsWith("/*") || removed === target;
        const hit = state.copied.find((c) => c.path === removed || (wholeDir && c.path.startsWith(removed + "/")) || removed.startsWith(c.path + "/"));
        if (!hit || rewrittenBefore(hit.path, rm, commands)) continue;
        context.report({
          node: word,
          messageId: "copied",
          data: { path: word.value, instruction: label(hit.instruction), line: String(hit.instruction.loc.start.line) },
        });
      }
    }

    /** The RUN itself writes the path before removing it (`curl -o /tmp/x … && rm /tmp/x`): that removal does shrink the layer. */
    function rewrittenBefore(copiedPath: string, rm: ShellCommand, commands: ShellCommand[]): boolean {
      return commands.some(
        (c) =>
          c.range[0] < rm.range[0] &&
          c.command !== "rm" &&
          writtenPaths(c).some(({ word }) => {
            const written = absolute(word.value, run(c));
            return written !== null && withoutTrailingSlashes(written) === copiedPath;
          }),
      );
    }
  },
};

function run(cmd: ShellCommand): m.Run {
  return cmd.instruction as m.Run;
}

export default rule;
