// Flags a VOLUME of the Docker daemon's socket, or a RUN --mount=type=ssh that forwards a socket to
// its path: access to the daemon is root on the host.
import path from "node:path";
import type { Rule } from "../src/engine/rule.js";

const SOCKETS = new Set(["/var/run/docker.sock", "/run/docker.sock"]);

function isDockerSocket(p: string): boolean {
  return p.startsWith("/") && SOCKETS.has(path.posix.normalize(p).replace(/\/$/, ""));
}

/** Where an ssh mount puts the socket it forwards (BuildKit's names for the option). */
const TARGET_OPTIONS = ["target", "dst", "destination"];

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "VOLUME of /var/run/docker.sock or /run/docker.sock, or a `RUN --mount=type=ssh` that forwards a socket to one of those paths.",
      rationale:
        "The Docker socket is the daemon's full API. Whoever can write to it can start a privileged " +
        "container that mounts the host's `/`, which is root on the host: a compromised process in the " +
        "container, or a compromised dependency in a build step, owns the machine. Declaring it as a VOLUME " +
        "builds that expectation into the image; `RUN --mount=type=ssh,target=/var/run/docker.sock` (with " +
        "`docker build --ssh docker=/var/run/docker.sock`) hands the daemon to a build step. Other mounts cannot reach " +
        "the host's socket: a bind, cache or secret mount's `source` is a path in the build context, a stage or " +
        "the client's secrets, so `--mount=type=bind,source=/var/run/docker.sock` reads a file of the context and " +
        "is not flagged. If a container really needs the daemon, let whoever runs it opt in " +
        "explicitly, and prefer a socket proxy that allows only the API calls needed, or rootless Docker.",
      examples: {
        valid: ["FROM alpine:3.20\nVOLUME /data\n", "FROM docker:27-cli\nRUN --mount=type=bind,source=/var/run/docker.sock,target=/tmp/fixture.sock ls -l /tmp\n"],
        invalid: [
          "FROM docker:27-cli\nVOLUME /var/run/docker.sock\n",
          "FROM docker:27-cli\nRUN --mount=type=ssh,id=docker,target=/var/run/docker.sock docker ps\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      volume:
        "VOLUME `{{path}}` expects the host's Docker socket: access to it is root on the host. Leave the " +
        "mount to whoever runs the container, behind a socket proxy or rootless daemon.",
      mount:
        "RUN --mount=type=ssh forwards a socket to the Docker socket's path (`{{path}}`): it gives this build step " +
        "control of the Docker daemon, which is root on the host.",
    },
    schema: [],
  },
  create(context) {
    return {
      Volume(node) {
        for (const word of node.paths) {
          const resolved = context.sourceCode.resolve(word.value, node).value;
          if (isDockerSocket(resolved)) context.report({ loc: word.loc, messageId: "volume", data: { path: resolved } });
        }
      },
      Run(node) {
        for (const mount of node.mounts) {
          if (mount.type !== "ssh") continue;
          const flag = mount.flag;
          const target = TARGET_OPTIONS.map((key) => mount.options[key])
            .filter((v): v is string => v !== undefined)
            .map((raw) => ({ raw, value: context.sourceCode.resolve(raw, node).value }))
            .find((o) => isDockerSocket(o.value));
          if (!target) continue;
          // point at the path inside `--mount=...` when it is written there as is
          const at = flag.valueRange && flag.value ? flag.value.indexOf(target.raw) : -1;
          const loc = at >= 0 ? context.sourceCode.locOf([flag.valueRange![0] + at, flag.valueRange![0] + at + target.raw.length]) : flag.loc;
          context.report({ loc, messageId: "mount", data: { path: target.value } });
        }
      },
    };
  },
};

export default rule;
