// Flags a service that shares one of the host's namespaces: network, processes, IPC, UTS or users.
import type { ComposeRule } from "../src/engine/rule.js";

/** The attributes that can take `host`, and what sharing that namespace exposes. */
const NAMESPACES: [attribute: string, exposes: string][] = [
  ["network_mode", "every network interface and port of the host (its published ports are ignored)"],
  ["pid", "every process of the host, which it can see and signal"],
  ["ipc", "the host's shared memory"],
  ["uts", "the host's hostname, which it can change"],
  ["userns_mode", "the host's user ids, with no remapping"],
];

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "`network_mode: host`, `pid: host`, `ipc: host`, `uts: host` or `userns_mode: host`.",
      rationale:
        "Namespaces are what keeps a container apart from the host. With `network_mode: host` it listens on the " +
        "host's interfaces and reaches services bound to the host's loopback; with `pid: host` it sees and can signal " +
        "(or trace) every process of the host. A compromised process gets that reach. Publish ports (`ports:`) " +
        "instead of sharing the network, and share a namespace with one other service " +
        "(`network_mode: service:<name>`) rather than with the host.",
      examples: {
        valid: ["services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n", "services:\n  sidecar:\n    image: app:1.0\n    network_mode: service:web\n"],
        invalid: ["services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n", "services:\n  top:\n    image: app:1.0\n    pid: host\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      host: "`{{attribute}}: host` gives `{{service}}` {{exposes}}.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeService(service) {
        for (const [attribute, exposes] of NAMESPACES) {
          const node = service.get(attribute);
          if (node?.type === "YamlScalar" && node.text === "host") context.report({ node, messageId: "host", data: { attribute, service: service.name, exposes } });
        }
      },
    };
  },
};

export default rule;
