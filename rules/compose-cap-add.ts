// Flags capabilities in `cap_add` that give a container power over the host or its other containers.
import type { ComposeRule } from "../src/engine/rule.js";
import { items } from "../src/compose/model.js";

/** Capabilities that break the container's isolation, each with what it allows. */
const DANGEROUS: Record<string, string> = {
  ALL: "every capability",
  SYS_ADMIN: "mounts, namespaces and most of what root can do",
  SYS_MODULE: "the power to load kernel modules",
  SYS_PTRACE: "the power to trace and read other processes",
  SYS_RAWIO: "raw access to devices and I/O ports",
  SYS_BOOT: "the power to reboot the host",
  SYS_TIME: "the power to set the host's clock",
  DAC_READ_SEARCH: "the power to read any file by handle, past the container's root",
  NET_ADMIN: "control of the network's interfaces, routes and firewall",
  BPF: "the power to load BPF programs into the kernel",
  PERFMON: "the kernel's performance monitoring",
  MAC_ADMIN: "control of the mandatory access control policy",
  SYSLOG: "the kernel log",
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
