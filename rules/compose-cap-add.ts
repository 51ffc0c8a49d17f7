// Flags capabilities in `cap_add` that give a container power over the host or its other containers.
import type { ComposeRule } from "../src/engine/rule.js";
import { items } from "../src/compose/model.js";

/** Capabilities that break the container's isolation, each with what it allows. */
const DANGEROUS: Record<string, string> = {
  ALL: "every capability",
  SYS_ADMIN: "mounts, namespaces and most of what root can do",
  SYS_MODULE: "loading kernel modules",
  SYS_PTRACE: "tracing and reading other processes",
  SYS_RAWIO: "raw access to devices and I/O ports",
  SYS_BOOT: "rebooting the host",
  SYS_TIME: "setting the host's clock",
  DAC_READ_SEARCH: "reading any file by handle, past the container's root",
  NET_ADMIN: "changing the network's interfaces, routes and firewall",
  BPF: "loading BPF programs into the kernel",
  PERFMON: "kernel performance monitoring",
  MAC_ADMIN: "changing the mandatory access control policy",
  SYSLOG: "reading the kernel log",
};

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A `cap_add` entry that breaks the container's isolation: ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, NET_ADMIN, ...",
      rationale:
        "Docker drops the capabilities that let a process act on the kernel or the host. Adding one back " +
        "(`SYS_ADMIN`, `SYS_MODULE`, `SYS_PTRACE`, `NET_ADMIN`, `DAC_READ_SEARCH`, or `ALL`) gives a compromised " +
        "process in the container a way out of it. Capabilities that only widen what the container does inside itself " +
        "(`NET_BIND_SERVICE`, `CHOWN`, `SETUID`, ...) are not flagged. Use the narrowest capability, or a separate, " +
        "well-reviewed service for what needs it.",
      examples: {
        valid: ["services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_BIND_SERVICE\n"],
        invalid: ["services:\n  app:\n    image: app:1.0\n    cap_add:\n      - SYS_ADMIN\n", "services:\n  app:\n    image: app:1.0\n    cap_add: [ALL]\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      dangerous: "`cap_add: {{capability}}` gives `{{service}}` {{what}}: a compromised process could use it to leave the container.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeService(service) {
        for (const item of items(service.get("cap_add"))) {
          if (item.type !== "YamlScalar" || item.text === null) continue;
          const capability = item.text.toUpperCase().replace(/^CAP_/, "");
          const what = DANGEROUS[capability];
          if (what) context.report({ node: item, messageId: "dangerous", data: { capability, service: service.name, what } });
        }
      },
    };
  },
};

export default rule;
