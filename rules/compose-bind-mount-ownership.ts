// Flags a bind mount over a directory that the image a service builds gives to the user its
// container runs as: the host's files replace it, with the host's owners.
import type { ComposeRule } from "../src/engine/rule.js";
import type { ComposeService } from "../src/compose/model.js";
import type { DockerfileFacts } from "../src/facts/facts.js";
import { isWithin, normalizePath } from "../src/facts/image-paths.js";
import { isRootUser } from "../src/facts/startup.js";
import type * as m from "../src/parse/model.js";

const DOCKERFILE =
  "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node package.json package-lock.json ./\nRUN npm ci\nCOPY --chown=node:node . .\n" +
  "RUN mkdir -p /app/uploads && chown -R node:node /app/uploads\nUSER node\nCMD [\"node\", \"server.js\"]\n";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A writable bind mount over a directory that the image a service builds gives (`--chown`, `chown`) to the non-root user its container runs as.",
      rationale:
        "A Dockerfile that runs as a non-root user has to hand that user the places it writes: `COPY --chown=app`, " +
        "`RUN chown -R app /srv/data`. A bind mount does not merge with the image: the container sees the host's " +
        "directory instead, with the host's numeric owners, and the ownership the build gave is gone. On a Linux host " +
        "the container's user can then write there only if its uid happens to be the one that owns the host files " +
        "(often 1000 on both sides, which is why it works on one machine and fails with EACCES on the CI runner or a " +
        "server; Docker Desktop for Linux shows the host user's files as root's, so not even then). Run the container " +
        "as the host user (`user:` set to the host's uid, say from `.env`), give the host directory to the image " +
        "user's uid, mount it read-only when nothing is written, or use a named volume, which Docker fills from the " +
        "image with its owners. A mount is judged when it is a bind mount (short syntax with a path, or `type: " +
        "bind`), not read-only, and at or above a path the service's `target` stage and the stages it is built from " +
        "give to a user (or inside a tree `chown -R` gives), and when that user is the one the container runs as: the " +
        "service's `user:` when set, else the Dockerfile's USER; a name and a uid are the same user when a useradd, " +
        "adduser or usermod of those stages gives that name that uid. Root and unknown users are left alone, and so " +
        "is a user whose uid is a build input (`useradd -u $UID app`): whoever builds chooses it, usually to match " +
        "their own. It is information, not in the recommended set: Docker Desktop's file sharing on macOS and Windows " +
        "lets a container write mounted files whatever their owners, a host user whose uid matches never sees the " +
        "failure, and many images give the application's tree to their user by habit, without writing to it.",
      examples: {
        valid: [
          {
            code: "services:\n  web:\n    build: .\n    volumes:\n      - ./src:/app/src:ro\n      - uploads:/app/uploads\nvolumes:\n  uploads:\n",
            options: [],
            files: { Dockerfile: DOCKERFILE },
          },
        ],
        invalid: [{ code: "services:\n  web:\n    build: .\n    volumes:\n      - ./uploads:/app/uploads\n", options: [], files: { Dockerfile: DOCKERFILE } }],
      },
      recommended: false,
    },
    aliases: [],
    defaultLevel: "info",
    messages: {
      hidden:
        "The bind mount over {{path}} replaces {{owned}}, which {{dockerfile}} line {{line}} gives to `{{user}}`, the user the container runs as: the host's files keep their owners, so `{{user}}` can write there only if its uid owns them on the host.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeService(service) {
        const mounts = service.volumes.filter((mount) => mount.type === "bind" && !mount.readOnly && mount.target?.startsWith("/") && sourceCode.isHere(mount.targetNode));
        if (!mounts.length || !service.build) return;
        const build = sourceCode.buildOf(service);
        const target = build?.sourceCode.facts.target;
        if (!build || !target) return;
        const { facts } = build.sourceCode;
        const user = containerUser(service, facts, target);
        if (user === null) return;
        // the same user by name or by uid, as a useradd/adduser/usermod -u of the lineage says
        const account = facts.accounts(target).findLast((a) => a.name === user || a.uid === user);
        if (account?.uidFromBuild) return;
        const names = new Set([user, account?.name, account?.uid]);
        const owned = facts.ownedPaths(target).filter((o) => names.has(o.user));
        for (const mount of mounts) {
          const at = normalizePath(mount.target!);
          const given = owned.find((o) => isWithin(o.path, at) || (o.recursive && isWithin(at, o.path)));
          if (!given) continue;
          context.report({
            node: mount.targetNode,
            messageId: "hidden",
            data: { path: at, owned: given.path, dockerfile: sourceCode.relativeName(build.dockerfile), line: given.loc.start.line, user },
          });
        }
      },
    };
  },
};

/** The user part of who the container runs as: the service's `user:`, else the image's USER; null when root or not known. */
function containerUser(service: ComposeService, facts: DockerfileFacts, target: m.Stage): string | null {
  const override = service.get("user");
  const value = override ? (override.type === "YamlScalar" ? override.text : null) : (facts.user(target)?.value ?? null);
  if (value === null || value.includes("$") || isRootUser(value)) return null;
  return value.split(":")[0].trim() || null;
}

export default rule;
