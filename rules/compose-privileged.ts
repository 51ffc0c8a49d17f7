// Flags `privileged: true`: the container gets every capability and every device of the host.
import type { ComposeRule } from "../src/engine/rule.js";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A service with `privileged: true`.",
      rationale:
        "A privileged container has every Linux capability, every host device, and no seccomp or AppArmor profile: " +
        "a process in it can mount the host's disks or load kernel modules, which is root on the host. Grant the one " +
        "capability (`cap_add`) or device (`devices:`) the service needs instead.",
      examples: {
        valid: ["services:\n  app:\n    image: app:1.0\n", "services:\n  app:\n    image: app:1.0\n    privileged: false\n"],
        invalid: ["services:\n  app:\n    image: app:1.0\n    privileged: true\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      privileged: "`privileged: true` gives `{{service}}` every capability and device of the host, which is root on the host: grant only what it needs (`cap_add`, `devices`).",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeService(service) {
        const node = service.get("privileged");
        if (node?.type === "YamlScalar" && (node.raw === true || node.text === "true")) context.report({ node, messageId: "privileged", data: { service: service.name } });
      },
    };
  },
};

export default rule;
