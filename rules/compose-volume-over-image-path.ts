// Flags a named volume mounted where the image a service builds has files: the volume keeps the
// first build's copy of them, and later builds never reach the container.
import type { ComposeRule } from "../src/engine/rule.js";
import type { ServiceMount } from "../src/compose/model.js";
import { get } from "../src/compose/yaml-tree.js";
import { isWithin, normalizePath } from "../src/facts/image-paths.js";

const DOCKERFILE = "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD [\"node\", \"server.js\"]\n";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A named volume mounted over a directory that the image the service builds fills with COPY or ADD.",
      rationale:
        "When a container mounts an empty named volume, Docker first copies the image's files at that path into it; " +
        "a volume that holds anything is mounted as it is. So `app-code:/app` over a directory the Dockerfile " +
        "COPYs the application into works on the first `docker compose up` and then never changes: after a rebuild " +
        "the container still runs the first build's code from the volume, and only `docker compose down -v` shows " +
        "the new image. Mount the volume at the data directory the application writes (outside the copied tree), " +
        "or use a bind mount when the point is to edit the code live. The paths the image fills are those its COPY " +
        "and ADD instructions write in the service's `target` and the stages it is built from (relative ones read " +
        "against the WORKDIR); a directory the Dockerfile declares with VOLUME is data by design and is left alone, " +
        "as are anonymous volumes (`- /app/node_modules`, the usual way to keep the image's dependencies under a " +
        "bind mount), volumes with `nocopy`, volumes whose top-level definition sets `driver_opts` (often a bind in " +
        "disguise) and bind mounts, which hide the image's files on purpose (live code in development).",
      examples: {
        valid: [
          { code: "services:\n  web:\n    build: .\n    volumes:\n      - .:/app\n      - /app/node_modules\n      - uploads:/var/uploads\nvolumes:\n  uploads:\n", options: [], files: { Dockerfile: DOCKERFILE } },
        ],
        invalid: [{ code: "services:\n  web:\n    build: .\n    volumes:\n      - app-code:/app\nvolumes:\n  app-code:\n", options: [], files: { Dockerfile: DOCKERFILE } }],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      stale:
        "The volume `{{volume}}` is mounted over {{path}}, which the image fills ({{dockerfile}} line {{line}}): Docker copies the image's files into it only while it is empty, so after a rebuild the container keeps the old ones.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const definitions = get(sourceCode.project.root ?? undefined, "volumes");
    return {
      ComposeService(service) {
        const mounts = service.volumes.filter((mount) => mount.type === "volume" && mount.source && mount.target?.startsWith("/") && !noCopy(mount) && !get(get(definitions, mount.source), "driver_opts"));
        if (!mounts.length || !service.build) return;
        const build = sourceCode.buildOf(service);
        const target = build?.sourceCode.facts.target;
        if (!build || !target) return;
        const { facts } = build.sourceCode;
        const written = facts.writtenPaths(target);
        if (!written.length) return;
        const declared = facts.volumesDeclared(target);
        for (const mount of mounts) {
          const at = normalizePath(mount.target!);
          const node = mount.targetNode;
          if (!sourceCode.isHere(node) || declared.some((volume) => isWithin(at, volume))) continue;
          const filled = written.find((w) => isWithin(w.path, at));
          if (!filled) continue;
          const dockerfile = sourceCode.relativeName(build.dockerfile);
          context.report({ node, messageId: "stale", data: { volume: mount.source!, path: at, dockerfile, line: filled.instruction.loc.start.line } });
        }
      },
    };
  },
};

/** `vol:/path:nocopy` or `volume: {nocopy: true}`: the image's files are not copied in. */
function noCopy(mount: ServiceMount): boolean {
  if (mount.node.type === "YamlScalar") return (mount.node.text ?? "").split(":")[2]?.split(",").includes("nocopy") ?? false;
  const value = get(get(mount.node, "volume"), "nocopy");
  return value?.type === "YamlScalar" && (value.raw === true || value.text === "true");
}

export default rule;
