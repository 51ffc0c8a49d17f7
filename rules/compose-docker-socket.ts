// Flags the host's Docker socket mounted into a service: access to the daemon is root on the host.
import path from "node:path";
import type { ComposeRule } from "../src/engine/rule.js";

const SOCKETS = new Set(["/var/run/docker.sock", "/run/docker.sock"]);

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A volume that mounts the host's Docker socket (/var/run/docker.sock or /run/docker.sock).",
      rationale:
        "The Docker socket is the daemon's whole API: whoever can write to it can start a privileged container that " +
        "mounts the host's `/`, which is root on the host. Mounting it read-only changes nothing (`:ro` only stops " +
        "writes to the socket file, not API calls). When a service really needs the daemon, put a socket proxy in " +
        "front that allows only the calls it makes, or use rootless Docker.",
      examples: {
        valid: ["services:\n  app:\n    image: app:1.0\n    volumes:\n      - ./data:/data\n"],
        invalid: ["services:\n  agent:\n    image: portainer/agent:2.21.0\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      socket: "`{{service}}` mounts the host's Docker socket (`{{source}}`): access to it is root on the host. Use a socket proxy that allows only the calls it needs.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeService(service) {
        for (const mount of service.volumes) {
          if (mount.type !== "bind" || mount.source === null) continue;
          const source = path.posix.normalize(mount.source).replace(/\/$/, "");
          if (SOCKETS.has(source)) context.report({ node: mount.node, messageId: "socket", data: { service: service.name, source: mount.source } });
        }
      },
    };
  },
};

export default rule;
