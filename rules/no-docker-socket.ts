// Flags a VOLUME or RUN --mount of the Docker daemon's socket: access to it is root on the host.
import path from "node:path";
import type { Rule } from "../src/engine/rule.js";

const SOCKETS = new Set(["/var/run/docker.sock", "/run/docker.sock"]);

function isDockerSocket(p: string): boolean {
  return p.startsWith("/") && SOCKETS.has(path.posix.normalize(p).replace(/\/$/, ""));
}

/** Mount options that name a path: where it comes from and where it appears. */
const PATH_OPTIONS = ["source", "src", "target", "dst", "destination"];

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "VOLUME of /var/run/docker.sock or /run/docker.sock, or a RUN --mount of the Docker socket.",
      rationale:
        "The Docker socket is the daemon's full API. Whoever can write to it can start a privileged " +
        "container that mounts the host's `/`, which is root on the host: a compromised process in the " +
        "container, or a compromised dependency in a build step, owns the machine. Declaring it as a VOLUME " +
        "builds that expectation into the image; a `RUN --mount` of it (`type=ssh` forwarding, a bind) hands " +
        "the daemon to a build step. If a container really needs the daemon, let whoever runs it opt in " +
        "explicitly, and prefer a socket proxy that allows only the API calls needed, or rootless Docker.",
      examples: {
        valid: ["FROM alpine:3.20\nVOLUME /data\n"],
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
        "RUN --mount of the Docker socket (`{{path}}`) gives this build step control of the Docker daemon, " +
        "which is root on the host.",
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
          const flag = mount.flag;
          const option = PATH_OPTIONS.map((key) => mount.options[key])
            .filter((v): v is string => v !== undefined)
            .map((raw) => ({ raw, value: context.sourceCode.resolve(raw, node).value }))
            .find((o) => isDockerSocket(o.value));
          if (!option) continue;
          // point at the path inside `--mount=...` when it is written there as is
          const at = flag.valueRange && flag.value ? flag.value.indexOf(option.raw) : -1;
          const loc = at >= 0 ? context.sourceCode.locOf([flag.valueRange![0] + at, flag.valueRange![0] + at + option.raw.length]) : flag.loc;
          context.report({ loc, messageId: "mount", data: { path: option.value } });
        }
      },
    };
  },
};

export default rule;
