// Flags RUN/COPY/ADD that change files under a path an earlier VOLUME declared: whether the change
// survives depends on the builder.
import path from "node:path";
import type * as m from "../src/parse/model.js";
import type { Rule } from "../src/engine/rule.js";
import type { ShellCommand } from "../src/shell/command.js";
import { writtenPaths } from "../src/shell/written-paths.js";

interface DeclaredVolume {
  path: string;
  line: number;
}

interface StageState {
  volumes: DeclaredVolume[];
  /** The WORKDIR in effect, or null when a variable made it unknown. */
  workdir: string | null;
}

/** A path as far as it is known: `exact`, or some path strictly inside `dir` (`/data/$NAME`). */
type KnownPath = { path: string; inside: boolean };

function normalize(p: string): string {
  const n = path.posix.normalize(p);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}

/** True when `p` is `dir` itself or inside it (`/data/x` is in `/data`, `/database` is not). */
function isAtOrUnder(p: string, dir: string): boolean {
  return dir === "/" || p === dir || p.startsWith(dir + "/");
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "RUN, COPY or ADD changing files under a path that an earlier VOLUME declared.",
      rationale:
        "What a build writes under a VOLUME path after the VOLUME instruction depends on the builder. The " +
        "legacy builder runs each RUN with a fresh anonymous volume mounted there, so the change is " +
        "discarded: the `chown`, the downloaded file, the `mkdir` are gone in the next step and in the " +
        "image. BuildKit applies VOLUME only when a container runs, so it keeps them. COPY and ADD write " +
        "into the image with both builders, although the Dockerfile reference describes every change after " +
        "VOLUME as discarded by the legacy builder. Declaring the VOLUME after the instructions that fill it " +
        "gives the same image everywhere. A VOLUME inherited through `FROM <stage>` counts; one from the base " +
        "image cannot be seen.",
      examples: {
        valid: ["FROM alpine:3.20\nRUN mkdir -p /data && chown 1000 /data\nVOLUME /data\n"],
        invalid: [
          "FROM alpine:3.20\nVOLUME /data\nRUN chown -R 1000 /data\n",
          "FROM alpine:3.20\nVOLUME /srv/app\nCOPY app.conf /srv/app/\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      run:
        "RUN changes `{{path}}`, under `VOLUME {{volume}}` (line {{line}}): the legacy builder discards the " +
        "change and BuildKit keeps it, so the image depends on the builder. Make the change before the VOLUME.",
      copy:
        "{{instruction}} writes `{{path}}`, under `VOLUME {{volume}}` (line {{line}}): Docker's builders keep " +
        "copied files, but the Dockerfile reference documents changes after VOLUME as discarded. Declare the " +
        "VOLUME after the files are in place.",
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    const stageEnds = new Map<number, StageState>();
    let state: StageState = { volumes: [], workdir: "/" };

    /** The absolute path `text` names at `at`, with ARG/ENV substituted, or null when unknown. */
    function known(text: string, at: m.Instruction, cwd: string | null): KnownPath | null {
      if (text.startsWith("~")) return null;
      const value = source.resolve(text, at).value;
      // what follows a variable the build cannot know (or `$(...)`) is unknown
      const cut = value.search(/[$`]/);
      const lastSlash = cut < 0 ? -1 : value.lastIndexOf("/", cut);
      if (cut >= 0 && lastSlash < 0) return null;
      let p = cut < 0 ? value : value.slice(0, lastSlash) || "/";
      if (!p.startsWith("/")) {
        if (cwd === null) return null;
        p = path.posix.join(cwd, p);
      }
      return { path: normalize(p), inside: cut >= 0 };
    }

    function volumeHolding(p: KnownPath, ensuresDirectory: boolean): DeclaredVolume | undefined {
      return state.volumes.find((v) => {
        // `mkdir -p /data` when /data is the volume creates nothing
        if (p.path === v.path && !p.inside && ensuresDirectory) return false;
        return isAtOrUnder(p.path, v.path);
      });
    }

    return {
      Stage(stage) {
        const from = source.facts.graph.parentOf(stage);
        const parent = from ? stageEnds.get(from.index) : undefined;
        state = parent ? { volumes: [...parent.volumes], workdir: parent.workdir } : { volumes: [], workdir: "/" };
      },
      "Stage:exit"(stage) {
        stageEnds.set(stage.index, state);
      },
      Volume(node) {
        if (node.isTrigger) return;
        for (const word of node.paths) {
          const p = known(word.value, node, null);
          if (p && !p.inside) state.volumes.push({ path: p.path, line: node.loc.start.line });
        }
      },
      Workdir(node) {
        if (node.isTrigger || !node.args.length) return;
        const p = known(node.args.map((a) => a.value).join(" "), node, state.workdir);
        state.workdir = p && !p.inside ? p.path : null;
      },
      Copy(node) {
        checkCopy(node);
      },
      Add(node) {
        checkCopy(node);
      },
      Run(node) {
        if (node.isTrigger || !state.volumes.length) return;
        const commands = source.commandsOf(node);
        // writes into a RUN --mount target land in the mount, not in the image
        const mountTargets = node.mounts.flatMap((mt) => {
          const p = mt.target ? known(mt.target, node, state.workdir) : null;
          return p && !p.inside ? [p.path] : [];
        });
        const cdAt = commands.filter((c) => c.command === "cd" || c.command === "pushd").map((c) => c.range[0]);
        for (const written of commands.flatMap((c) => writtenPaths(c))) {
          // after a `cd` in the same RUN, relative paths no longer start at WORKDIR
          const cwd = cdAt.some((at) => at < written.word.range[0]) ? null : state.workdir;
          const p = known(written.word.value, node, cwd);
          if (!p || mountTargets.some((t) => isAtOrUnder(p.path, t))) continue;
          const volume = volumeHolding(p, written.ensuresDirectory);
          if (!volume) continue;
          context.report({
            loc: written.word.loc,
            messageId: "run",
            data: { path: shown(p), volume: volume.path, line: String(volume.line) },
          });
        }
      },
    };

    function checkCopy(node: m.Copy): void {
      if (node.isTrigger || !node.destination || !state.volumes.length) return;
      const p = known(node.destination.value, node, state.workdir);
      const volume = p && volumeHolding(p, false);
      if (!p || !volume) return;
      context.report({
        loc: node.destination.loc,
        messageId: "copy",
        data: { instruction: node.name, path: shown(p), volume: volume.path, line: String(volume.line) },
      });
    }
  },
};

/** `/data/…` for a path known only up to a directory. */
function shown(p: KnownPath): string {
  return p.inside ? `${p.path === "/" ? "" : p.path}/…` : p.path;
}

export default rule;
