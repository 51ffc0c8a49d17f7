// Flags `RUN --security=insecure`, which runs a build step without the container sandbox.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`RUN --security=insecure` runs the command without the build sandbox.",
      rationale:
        "`--security=insecure` runs the step like `docker run --privileged`: all capabilities, no seccomp or " +
        "AppArmor profile, access to host devices. Anything the step runs, including every package script it " +
        "downloads, can take over the build host. It only works when the builder allows the " +
        "`security.insecure` entitlement; find a way to build without it (a rootless tool, a bind mount of what " +
        "is needed), or keep it to a dedicated, isolated builder.",
      examples: {
        valid: ["FROM alpine:3.20\nRUN apk add --no-cache curl\n", "FROM alpine:3.20\nRUN --security=sandbox make\n"],
        invalid: ["FROM alpine:3.20\nRUN --security=insecure mount -t tmpfs none /mnt\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      insecure: "`--security=insecure` runs this step with full privileges on the build host: avoid it.",
    },
    schema: [],
  },
  create(context) {
    return {
      Run(node) {
        for (const flag of node.flags) {
          if (flag.name !== "security" || flag.value === null) continue;
          const resolved = context.sourceCode.resolve(flag.value, node);
          if (resolved.unresolved.length || resolved.value.toLowerCase() !== "insecure") continue;
          context.report({ loc: flag.loc, messageId: "insecure" });
        }
      },
    };
  },
};

export default rule;
