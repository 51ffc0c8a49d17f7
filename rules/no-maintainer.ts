// Flags MAINTAINER, deprecated since Docker 1.13; the fix writes the same text as an OCI label.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors.",
      rationale:
        "MAINTAINER has been deprecated since Docker 1.13. A label is where tools look for the author " +
        "(`docker inspect`, registries, SBOM tools read `org.opencontainers.image.authors`).",
      examples: {
        valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada <ada@example.com>"\n'],
        invalid: ["FROM alpine:3.20\nMAINTAINER Ada <ada@example.com>\n"],
      },
      fixSafety: "Safe: the label carries the same text, and nothing reads MAINTAINER at run time.",
      recommended: true,
    },
    aliases: ["DL4000", "MaintainerDeprecated", "DS022", "CKV_DOCKER_6"],
    defaultLevel: "error",
    fixable: "code",
    messages: { deprecated: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead." },
    schema: [],
  },
  create(context) {
    return {
      Maintainer(node) {
        const author = node.args.map((a) => a.value).join(" ");
        context.report({
          node,
          messageId: "deprecated",
          fix: node.argsRange && !node.isTrigger
            ? (fixer) => fixer.replaceText(node, `LABEL org.opencontainers.image.authors=${JSON.stringify(author)}`)
            : null,
        });
      },
    };
  },
};

export default rule;
